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
      // What consumers need: the declared privilege, else read-only when every app using it only reads.
      const byApps = c.requiredPrivilege === undefined && apps.length > 0 && apps.every((a) => a.accessMode === 'read_only');
      const needed: Privilege | undefined = byApps ? 'read_only' : c.requiredPrivilege;
      // Evidence only for findings, rather than built for each of the 100k connections on `l` and mostly dropped.
      if (needed === undefined || PRIVILEGE_RANK[c.privilege] <= PRIVILEGE_RANK[needed]) return null;
      const evidence = [ev('privilege', c.privilege)];
      if (!byApps) evidence.push(ev('requiredPrivilege', needed));
      else for (const a of apps) evidence.push(ev(`apps[${a.id}].accessMode`, a.accessMode, `${a.kind} "${a.name}" only reads`));
      return evidence;
    });
  },
};
