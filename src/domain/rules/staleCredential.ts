import type { AuthMethod } from '../../contract/inventory';
import { DAY_MS, toMs } from '../time';
import type { RuleDefinition } from './types';
import { ev, perConnection } from './types';

/**
 * Static secrets only: delegated OAuth, managed identities and Windows sign-in are renewed by the platform
 * or the directory, so their age says nothing about rotation.
 */
const STATIC_SECRETS: ReadonlySet<AuthMethod> = new Set(['password', 'api_key', 'bearer_token', 'oauth_client_credentials', 'certificate']);

export const staleCredential: RuleDefinition = {
  meta: {
    id: 'stale-credential',
    title: 'Credential not rotated within policy',
    severity: 'medium',
    owasp: ['NHI7:2025', 'CD-SEC-05'],
    subjectType: 'connection',
    checks: 'A static secret (password, key, token, client secret or certificate) was last set longer ago than the policy\'s rotation age (90 days by default).',
    evidenceFields: ['credential.lastRotatedAt', 'credential.createdAt', 'authMethod'],
    remediation: [
      'Rotate the secret at the target and update the connection (vault-backed connections pick it up automatically).',
      'Schedule automatic rotation in the vault.',
      'Where possible, replace the static secret with managed identity or certificate-based auth.',
    ],
  },
  evaluate(ctx) {
    return perConnection(ctx, (c) => {
      if (!STATIC_SECRETS.has(c.authMethod)) return null;
      const last = c.credential.lastRotatedAt ?? c.credential.createdAt;
      const age = Math.floor((ctx.nowMs - toMs(last)) / DAY_MS);
      if (age <= ctx.policy.maxRotationAgeDays) return null;
      const note = `${age} days old; policy: ${ctx.policy.maxRotationAgeDays}`;
      return c.credential.lastRotatedAt === undefined
        ? [ev('credential.lastRotatedAt', null, 'never rotated'), ev('credential.createdAt', c.credential.createdAt, note), ev('authMethod', c.authMethod)]
        : [ev('credential.lastRotatedAt', c.credential.lastRotatedAt, note), ev('authMethod', c.authMethod)];
    });
  },
};
