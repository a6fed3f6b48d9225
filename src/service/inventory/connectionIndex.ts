import type { Activity, App, Inventory } from '../../contract/inventory';
import type { ConnectionRow, ConnectionFacet } from '../../contract/entities';
import { CONNECTION_FACETS } from '../../contract/entities';
import type { ServiceState } from '../state';
import { positionsInOrder, type SortKey } from '../operations/paging';
import { openFindingsIndex } from '../findings/findingsIndex';

/** A connection row before triage: everything but its open-finding count, which changes with every edit. */
export type BaseConnectionRow = Omit<ConnectionRow, 'openFindings'>;

const PRIVILEGE_RANK = { read_only: 0, read_write: 1, admin: 2 } as const;

/** Sort keys of the inventory table over base rows; `openFindings` is looked up in the findings index. */
const STATIC_SORT_KEYS: Record<string, SortKey<BaseConnectionRow>> = {
  name: (c) => c.name.toLowerCase(),
  platform: (c) => c.platform,
  environment: (c) => c.environment,
  riskScore: (c) => c.riskScore,
  actors: (c) => c.actors,
  lastRotatedAt: (c) => c.credential.lastRotatedAt ?? c.credential.createdAt,
  privilege: (c) => PRIVILEGE_RANK[c.privilege],
};

/** The value a row has for each facet, as the filter's query parameter spells it. */
export const FACET_VALUE: Record<ConnectionFacet, (c: BaseConnectionRow) => string> = {
  platform: (c) => c.platform,
  environment: (c) => c.environment,
  authMethod: (c) => c.authMethod,
  secretStorage: (c) => c.secretStorage,
  protocol: (c) => c.transport.protocol,
  privilege: (c) => c.privilege,
  personalCredential: (c) => String(c.personalCredential),
  certificateValidation: (c) => String(c.transport.certificateValidation),
  mtls: (c) => String(c.transport.mtls),
};

/**
 * Everything about the connections that only changes with an import, computed once per inventory: the
 * enriched rows, a lower-cased search text per row, each row's facet values, lookups by id, and sorted
 * orders (built on first use of a sort and kept). A list request then is one pass over a ready order, which
 * is what keeps a filtered, sorted page of 100,000 connections in milliseconds.
 */
export interface ConnectionIndex {
  rows: BaseConnectionRow[];
  positionOf: Map<string, number>;
  searchText: string[];
  /** Each row's value per facet as a small code into `facetLabels`, so filtering and counting compare integers. */
  facetCodes: Record<ConnectionFacet, Uint8Array>;
  facetLabels: Record<ConnectionFacet, string[]>;
  appsByConnection: Map<string, App[]>;
  activityByConnection: Map<string, Activity[]>;
  connectionsByIdentity: Map<string, string[]>;
  /** Sorted row positions per sort spec that does not involve open findings. */
  orders: Map<string, Int32Array>;
}

const indexes = new WeakMap<Inventory, ConnectionIndex>();

/** What the index is built from: a derived inventory, before or after it is swapped into the state. */
type IndexSource = Pick<ServiceState, 'inventory' | 'analysis' | 'principals' | 'targets'>;

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function encodeFacets(rows: readonly BaseConnectionRow[]) {
  const facetCodes = {} as Record<ConnectionFacet, Uint8Array>;
  const facetLabels = {} as Record<ConnectionFacet, string[]>;
  for (const facet of CONNECTION_FACETS) {
    const labels: string[] = [];
    const codeOf = new Map<string, number>();
    const codes = new Uint8Array(rows.length);
    rows.forEach((row, i) => {
      const value = FACET_VALUE[facet](row);
      let code = codeOf.get(value);
      if (code === undefined) {
        code = labels.push(value) - 1;
        codeOf.set(value, code);
      }
      codes[i] = code;
    });
    if (labels.length > 255) throw new Error(`Facet ${facet} has more than 255 values`);
    facetCodes[facet] = codes;
    facetLabels[facet] = labels;
  }
  return { facetCodes, facetLabels };
}

function buildIndex(state: IndexSource): ConnectionIndex {
  const rows = state.inventory.connections.map((c): BaseConnectionRow => {
    const identity = state.principals.get(c.authenticatesAs);
    const facts = state.analysis.connectionFacts.get(c.id);
    // The row's own fields first and the connection spread last: V8 then builds each row in one step, while fields
    // added after a spread reshape every object one field at a time (2.9 s against ~0.2 s for `l`'s 100,000 rows, a
    // large part of a start or an import). None of these fields is a connection's (they extend it, entities.ts).
    return {
      targetName: state.targets.get(c.targetId)?.name ?? c.targetId,
      authenticatesAsName: identity?.name ?? c.authenticatesAs,
      authenticatesAsKind: identity?.kind ?? 'service_account',
      personalCredential: identity?.kind === 'person',
      ownerName: state.principals.get(c.ownerId)?.name ?? c.ownerId,
      explicitShares: facts?.explicitShares ?? 0,
      implicitShares: facts?.implicitShares ?? 0,
      actors: facts?.actors ?? 0,
      riskScore: facts?.riskScore ?? 0,
      ...c,
    };
  });
  return {
    rows,
    positionOf: new Map(rows.map((r, i) => [r.id, i])),
    // NUL never occurs in a search box, so a needle cannot match across two fields.
    searchText: rows.map((c) => [c.name, c.connector, c.targetName, c.authenticatesAsName, c.ownerName].join('\u0000').toLowerCase()),
    ...encodeFacets(rows),
    appsByConnection: groupBy(state.inventory.apps, (a) => a.connectionIds),
    activityByConnection: groupBy(state.inventory.activity, (a) => [a.connectionId]),
    connectionsByIdentity: new Map([...groupBy(rows, (r) => [r.authenticatesAs])].map(([k, v]) => [k, v.map((r) => r.id)])),
    orders: new Map(),
  };
}

export function connectionIndex(state: IndexSource): ConnectionIndex {
  let index = indexes.get(state.inventory);
  if (!index) {
    index = buildIndex(state);
    indexes.set(state.inventory, index);
  }
  return index;
}

/** Sorted orders are few in practice (the table's sort choices); a bound keeps odd clients from hoarding memory. */
const MAX_CACHED_ORDERS = 32;

function remember(cache: Map<string, Int32Array>, spec: string, order: Int32Array) {
  if (cache.size >= MAX_CACHED_ORDERS) cache.delete(cache.keys().next().value as string);
  cache.set(spec, order);
  return order;
}

function ordered(index: ConnectionIndex, cache: Map<string, Int32Array>, spec: string, keys: Record<string, SortKey<BaseConnectionRow>>) {
  const cached = cache.get(spec);
  if (cached) return cached;
  return remember(cache, spec, positionsInOrder(index.rows, spec, keys));
}

/** Row positions in the order of the sort spec; cached per inventory, or per findings revision when it sorts by open findings. */
export function sortedPositions(state: ServiceState, spec: string): Int32Array {
  const index = connectionIndex(state);
  if (!spec.includes('openFindings')) return ordered(index, index.orders, spec, STATIC_SORT_KEYS);
  const open = openFindingsIndex(state);
  return ordered(index, open.orders, spec, { ...STATIC_SORT_KEYS, openFindings: (c) => open.openCount(c.id) });
}

/**
 * Builds the index and the table's default order for a freshly derived inventory, so the first page after a
 * start or an import costs what every later one does (on `l`, building them takes seconds).
 */
export function warmConnectionIndex(source: IndexSource, defaultSort: string) {
  const index = connectionIndex(source);
  if (!defaultSort.includes('openFindings')) ordered(index, index.orders, defaultSort, STATIC_SORT_KEYS);
}

/** The full row (with its current open-finding count) at a position of the index. */
export function rowAt(state: ServiceState, position: number): ConnectionRow {
  const base = connectionIndex(state).rows[position]!;
  return { ...base, openFindings: openFindingsIndex(state).openCount(base.id) };
}
