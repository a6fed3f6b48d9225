import type { Inventory } from '../../contract/inventory';
import type { PrincipalRow } from '../../contract/entities';
import type { ServiceState } from '../state';
import { principalRows } from '../operations/rows';
import { sortRows } from '../operations/paging';

const KEYS = { name: (p: PrincipalRow) => p.name.toLowerCase(), riskScore: (p: PrincipalRow) => p.riskScore, credentialsIn: (p: PrincipalRow) => p.credentialsIn };
export const DEFAULT_PRINCIPAL_SORT = '-riskScore';

const cache = new WeakMap<Inventory, Map<string, PrincipalRow[]>>();

/**
 * Principal rows depend only on the inventory (scores and credential counts come from its analysis), so each
 * sort order is built once per inventory; filters then keep that order. On `l` (191,000 principals) building
 * and sorting took a few hundred milliseconds on every overview load; the default order is built with the
 * inventory (state.ts), so the first visitor of the overview does not pay it either.
 */
export function sortedPrincipals(state: Pick<ServiceState, 'inventory' | 'analysis' | 'principals' | 'targets'>, sort: string | undefined): PrincipalRow[] {
  let orders = cache.get(state.inventory);
  if (!orders) {
    orders = new Map();
    cache.set(state.inventory, orders);
  }
  const spec = sort ?? DEFAULT_PRINCIPAL_SORT;
  let rows = orders.get(spec);
  if (!rows) {
    rows = sortRows(principalRows(state), spec, KEYS, DEFAULT_PRINCIPAL_SORT);
    orders.set(spec, rows);
  }
  return rows;
}
