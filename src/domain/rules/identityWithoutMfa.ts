import type { RuleDefinition, RuleFinding } from './types';
import { ev } from './types';

/** A password alone guards every connection signed in as this person. */
export const identityWithoutMfa: RuleDefinition = {
  meta: {
    id: 'identity-without-mfa',
    title: 'Human identity behind connections without MFA',
    severity: 'high',
    owasp: ['CD-SEC-05', 'NHI4:2025'],
    subjectType: 'principal',
    checks: 'A person whose account is used by at least one connection signs in without a second factor.',
    evidenceFields: ['mfa', 'connections[].authenticatesAs'],
    remediation: [
      'Enrol the person in multi-factor authentication and enforce it by conditional access.',
      'Move their connections to service identities so automation does not depend on a personal sign-in.',
    ],
  },
  evaluate(ctx) {
    const out: RuleFinding[] = [];
    for (const p of ctx.inventory.principals) {
      if (p.kind !== 'person' || p.mfa !== false) continue;
      const conns = ctx.connectionsByIdentity.get(p.id) ?? [];
      if (conns.length === 0) continue;
      out.push({
        subjectType: 'principal',
        subjectId: p.id,
        subjectName: p.name,
        relatedIds: conns.map((c) => c.id),
        evidence: [ev('mfa', false), ev('connections[].authenticatesAs', conns.length, `connections signing in as ${p.name}`)],
      });
    }
    return out;
  },
};
