import type { RuleDefinition } from './types';
import { ev, perConnection } from './types';

/** TLS 1.0/1.1 have known weaknesses and are deprecated (RFC 8996). */
export const weakTlsVersion: RuleDefinition = {
  meta: {
    id: 'weak-tls-version',
    title: 'TLS version below policy minimum',
    severity: 'medium',
    owasp: ['CD-SEC-05'],
    subjectType: 'connection',
    checks: 'The connection negotiates a TLS version older than the policy minimum (1.2 by default).',
    evidenceFields: ['transport.tlsVersion'],
    remediation: [
      'Enable TLS 1.2 or 1.3 on the target system and the platform\'s connector.',
      'Disable TLS 1.0 and 1.1 on the target once clients have moved.',
    ],
  },
  evaluate(ctx) {
    return perConnection(ctx, (c) => {
      const v = c.transport.tlsVersion;
      if (v === undefined || Number(v) >= Number(ctx.policy.minTlsVersion)) return null;
      return [ev('transport.tlsVersion', v, `policy minimum: TLS ${ctx.policy.minTlsVersion}`)];
    });
  },
};
