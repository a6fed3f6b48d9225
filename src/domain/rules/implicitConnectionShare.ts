import type { Connection } from '../../contract/inventory';
import type { RuleDefinition } from './types';
import { ev } from './types';

/** Sharing an app silently shares its connections: grantees can use them directly, outside the app's logic. */
export const implicitConnectionShare: RuleDefinition = {
  meta: {
    id: 'implicit-connection-share',
    title: 'Connection usable by others through app sharing',
    severity: 'high',
    owasp: ['CD-SEC-03', 'CD-SEC-02'],
    subjectType: 'connection',
    checks: 'Principals other than the owner can use the connection only because an app that uses it was shared with them; the platform lets them call the connection directly, bypassing the app.',
    evidenceFields: ['apps[].connectionIds', 'shares[].resourceId', 'implicitActors'],
    remediation: [
      'Check which apps use this connection and who they are shared with.',
      'Prefer connections that each user signs in to themselves (delegated per-user auth), or a service identity with least privilege.',
      'Where the platform allows it, restrict the connection so it can only be used through the app.',
      'Remove app shares that are not needed.',
    ],
  },
  evaluate(ctx) {
    const out = [];
    const connections = ctx.inventory.connections;
    for (let k = 0; k < connections.length; k++) {
      const c = connections[k] as Connection;
      const x = ctx.connectionRefs.exposure(k);
      if (x.implicitActors === 0) continue;
      const apps = (ctx.connectionRefs.apps(k) ?? []).filter((a) => (ctx.appShareCount.get(a.id) ?? 0) > 0);
      out.push({
        subjectType: 'connection' as const,
        subjectId: c.id,
        subjectName: c.name,
        relatedIds: apps.map((a) => a.id),
        evidence: [
          ...apps.map((a) => ev(`apps[${a.id}].connectionIds`, c.id, `app "${a.name}" is shared with ${ctx.appShareCount.get(a.id) ?? 0} principal(s)`)),
          ev('implicitActors', x.implicitActors, 'principals able to use the connection only through an app share'),
        ],
      });
    }
    return out;
  },
};
