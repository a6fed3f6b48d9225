import { DAY_MS, toMs } from '../time';
import type { RuleDefinition } from './types';
import { ev, perConnection } from './types';

/** A bearer token or API key that never expires stays valid long after whoever copied it. */
export const longLivedToken: RuleDefinition = {
  meta: {
    id: 'long-lived-token',
    title: 'Long-lived or non-expiring token',
    severity: 'medium',
    owasp: ['NHI7:2025', 'CD-SEC-05'],
    subjectType: 'connection',
    checks: 'A bearer token or API key has no expiry, or was issued for longer than the policy\'s maximum token lifetime (90 days by default).',
    evidenceFields: ['authMethod', 'credential.expiresAt', 'credential.lastRotatedAt', 'credential.createdAt'],
    remediation: [
      'Issue a token with an expiry within policy, or move to OAuth client credentials with short-lived access tokens.',
      'Automate renewal so the shorter lifetime does not cause outages.',
      'Revoke the long-lived token once the replacement works.',
    ],
  },
  evaluate(ctx) {
    return perConnection(ctx, (c) => {
      if (c.authMethod !== 'bearer_token' && c.authMethod !== 'api_key') return null;
      const issued = c.credential.lastRotatedAt ?? c.credential.createdAt;
      if (c.credential.expiresAt === undefined) {
        return [ev('authMethod', c.authMethod), ev('credential.expiresAt', null, 'never expires')];
      }
      const days = Math.floor((toMs(c.credential.expiresAt) - toMs(issued)) / DAY_MS);
      if (days <= ctx.policy.maxTokenLifetimeDays) return null;
      return [
        ev('authMethod', c.authMethod),
        ev('credential.expiresAt', c.credential.expiresAt, `valid ${days} days from ${issued}; policy: ${ctx.policy.maxTokenLifetimeDays}`),
      ];
    });
  },
};
