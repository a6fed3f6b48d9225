import type { Activity, Connection } from '../../contract/inventory';
import type { RuleDefinition, RuleFinding } from './types';
import { ev } from './types';

/** One person's identity seen from many callers and addresses: the SOC cannot tell who is really behind it. */
export const impersonationSignature: RuleDefinition = {
  meta: {
    id: 'impersonation-signature',
    title: 'Many callers behind one personal identity',
    severity: 'critical',
    owasp: ['CD-SEC-02'],
    subjectType: 'connection',
    checks: 'Activity shows a connection that signs in as a person used by at least the policy\'s number of distinct callers or source addresses in one window.',
    evidenceFields: ['activity.distinctCallers', 'activity.distinctSourceAddresses', 'authenticatesAs'],
    remediation: [
      'Treat the person\'s account as shared: reset its password and review its recent activity with the SOC.',
      'Move the connection to a service identity so activity is attributable.',
      'Make the app call the data source with each user\'s own identity where audit per user is needed.',
    ],
  },
  evaluate(ctx) {
    const worst = new Map<string, Activity>();
    for (const a of ctx.inventory.activity) {
      const prev = worst.get(a.connectionId);
      if (!prev || a.distinctCallers > prev.distinctCallers) worst.set(a.connectionId, a);
    }
    const out: RuleFinding[] = [];
    // Only the connections with activity (the last definition of an id, as a map of all of them kept): a map of
    // every connection cost more on \`l\` than the rest of the rule.
    const byId = new Map<string, Connection>();
    for (const c of ctx.inventory.connections) if (worst.has(c.id)) byId.set(c.id, c);
    for (const [connectionId, a] of [...worst].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      const c = byId.get(connectionId);
      const who = c ? ctx.principals.get(c.authenticatesAs) : undefined;
      if (!c || who?.kind !== 'person') continue;
      const { impersonationMinCallers: minCallers, impersonationMinAddresses: minAddresses } = ctx.policy;
      if (a.distinctCallers < minCallers && a.distinctSourceAddresses < minAddresses) continue;
      out.push({
        subjectType: 'connection',
        subjectId: c.id,
        subjectName: c.name,
        relatedIds: [who.id],
        evidence: [
          ev('activity.distinctCallers', a.distinctCallers, `policy: ${minCallers}; window ${a.windowStart} – ${a.windowEnd}`),
          ev('activity.distinctSourceAddresses', a.distinctSourceAddresses, `policy: ${minAddresses}`),
          ev('authenticatesAs', c.authenticatesAs, `person: ${who.name}`),
        ],
      });
    }
    return out;
  },
};
