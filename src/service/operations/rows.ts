import type { ConnectionRow, PrincipalRow, AppRow } from '../../contract/entities';
import type { Principal } from '../../contract/inventory';
import type { ServiceState } from '../state';
import { notFound } from '../problems';
import { connectionIndex, rowAt } from '../inventory/connectionIndex';

export { isActive, findingsOf } from '../findings/findingsIndex';

/** The rows of the given connections (unknown ids skipped), in the order asked. */
export function connectionRows(state: ServiceState, ids: readonly string[]): ConnectionRow[] {
  const { positionOf } = connectionIndex(state);
  return ids.flatMap((id) => {
    const position = positionOf.get(id);
    return position === undefined ? [] : [rowAt(state, position)];
  });
}

export function connectionRow(state: ServiceState, id: string): ConnectionRow {
  const [row] = connectionRows(state, [id]);
  if (!row) throw notFound('Connection', id);
  return row;
}

/** What a principal row is made of: the inventory and its analysis, nothing a triage edit changes. */
type PrincipalSource = Pick<ServiceState, 'inventory' | 'analysis' | 'principals' | 'targets'>;

export function principalRow(state: PrincipalSource, p: Principal): PrincipalRow {
  // The row's own fields before the spread, as in connectionIndex.ts: fields added after it reshape every row.
  return {
    riskScore: state.analysis.principalScores.get(p.id)?.value ?? 0,
    credentialsIn: connectionIndex(state).connectionsByIdentity.get(p.id)?.length ?? 0,
    ...p,
  };
}

export function principalRows(state: PrincipalSource): PrincipalRow[] {
  return state.inventory.principals.map((p) => principalRow(state, p));
}

export function appRows(state: ServiceState): AppRow[] {
  const sharedWith = new Map<string, number>();
  for (const s of state.inventory.shares) {
    if (s.resourceType === 'app') sharedWith.set(s.resourceId, (sharedWith.get(s.resourceId) ?? 0) + 1);
  }
  // Own fields before the spread, as in principalRow.
  return state.inventory.apps.map((a) => ({
    ownerName: state.principals.get(a.ownerId)?.name ?? a.ownerId,
    sharedWith: sharedWith.get(a.id) ?? 0,
    ...a,
  }));
}
