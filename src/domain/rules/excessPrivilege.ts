import type { Privilege } from '../../contract/inventory';
import { PRIVILEGE_RANK } from '../ranks';
import type { RuleDefinition } from './types';
import { ev, perConnection } from './types';

/** Admin credentials behind a read-only report turn any bug or misuse of the app into full control. */
export const excessPrivilege: RuleDefinition = {
  meta: {
    id: 'excess-privilege',
    title: 'Privilege beyond what consumers need',
    severity: 'high',
    owasp: ['CD-SEC-03', 'NHI5:2025'],
    subjectType: 'connection',
    checks: 'The identity holds more privilege on the target (admin or read-write) than the connection\'s consumers need: the declared required privilege, or read-only when every app using it is read-only.',
    evidenceFields: ['privilege', 'requiredPrivilege', 'apps[].accessMode'],
    remediation: [
      'Create (or ask the target owner for) an account with only the privilege needed, e.g. a read-only database role.',
      'Switch the connection to that account.',
      'Remove the elevated rights from the old account, or disable it if nothing else uses it.',
    ],
  },
  evaluate(ctx) {
    return perConnection(ctx, (c, k) => {
      const apps = ctx.connectionRefs.apps(k) ?? [];
      let needed: Privilege | undefined = c.requiredPrivilege;
      const evidence = [ev('privilege', c.privilege)];
      if (needed !== undefined) {
        evidence.push(ev('requiredPrivilege', needed));
      } else if (apps.length > 0 && apps.every((a) => a.accessMode === 'read_only')) {
        needed = 'read_only';
        for (const a of apps) evidence.push(ev(`apps[${a.id}].accessMode`, a.accessMode, `${a.kind} "${a.name}" only reads`));
      }
      if (needed === undefined || PRIVILEGE_RANK[c.privilege] <= PRIVILEGE_RANK[needed]) return null;
      return evidence;
    });
  },
};
