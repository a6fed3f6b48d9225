import type { EdgeKind, NodeKind } from '../../contract/graph';
import type { Privilege } from '../../contract/inventory';

/**
 * Small integer codes for node and edge kinds. The graph stores them in typed arrays so that a 100k-connection
 * inventory (about a million edges) costs a few megabytes and traversals touch contiguous memory.
 */
export const NK = { person: 0, group: 1, service_account: 2, app_registration: 3, connection: 4, app: 5, target: 6 } as const;
export const NODE_KINDS: readonly NodeKind[] = ['person', 'group', 'service_account', 'app_registration', 'connection', 'app', 'target'];

export const EK = { authenticates_as: 0, shared_with: 1, uses: 2, member_of: 3, reaches: 4, owns: 5 } as const;
export const EDGE_KINDS: readonly EdgeKind[] = ['authenticates_as', 'shared_with', 'uses', 'member_of', 'reaches', 'owns'];

export const ROLES: readonly (string | undefined)[] = [undefined, 'use', 'edit', 'reshare'];
export const PRIV_CODES: readonly (Privilege | undefined)[] = [undefined, 'read_only', 'read_write', 'admin'];

export function isPrincipalKind(code: number): boolean {
  return code <= NK.app_registration;
}
