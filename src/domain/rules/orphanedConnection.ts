import type { Principal } from '../../contract/inventory';
import type { RuleDefinition } from './types';
import { ev, perConnection } from './types';

const gone = (p: Principal | undefined) => p === undefined || p.status === 'departed';
const why = (p: Principal | undefined) => (p === undefined ? 'not in the directory' : `departed${p.departedAt ? ` ${p.departedAt}` : ''}`);

/** Nobody answers for the connection, or it still signs in as someone who left. */
export const orphanedConnection: RuleDefinition = {
  meta: {
    id: 'orphaned-connection',
    title: 'Owner or identity departed (orphaned connection)',
    severity: 'high',
    owasp: ['NHI1:2025', 'CD-SEC-09'],
    subjectType: 'connection',
    checks: 'The connection\'s owner or the identity it signs in as has left the organisation or is missing from the directory.',
    evidenceFields: ['ownerId', 'authenticatesAs'],
    remediation: [
      'Assign a new owner who understands what the connection is for, or delete it if nothing uses it.',
      'If it signs in as a departed person, disable that account and move the connection to a service identity.',
      'Add connection ownership transfer to the offboarding checklist.',
    ],
  },
  evaluate(ctx) {
    return perConnection(ctx, (c, k) => {
      const owner = ctx.connectionRefs.owner(k);
      const identity = ctx.connectionRefs.identity(k);
      const evidence = [];
      if (gone(owner)) evidence.push(ev('ownerId', c.ownerId, `owner ${owner?.name ?? c.ownerId} ${why(owner)}`));
      if (gone(identity)) evidence.push(ev('authenticatesAs', c.authenticatesAs, `identity ${identity?.name ?? c.authenticatesAs} ${why(identity)}`));
      return evidence.length > 0 ? evidence : null;
    });
  },
};
