import { DEFAULT_CONNECTION_SORT, type ConnectionsQuery } from '../../contract/entities';
import type { ServiceState } from '../state';
import { connectionIndex, sortedPositions, type ConnectionIndex } from './connectionIndex';
import { filterWithFacets, type FilterResult } from './connectionFacets';

/** Enough for every filter the analysts on one instance are paging through at once. */
const MAX_CACHED_RESULTS = 64;
const results = new WeakMap<ConnectionIndex, Map<string, FilterResult>>();

/**
 * The filtered, sorted positions and facet counts for a query, cached per inventory: scrolling the table
 * asks for page after page of one filter, and each page is then a slice, not a new pass over every row.
 * Results sorted by open findings also key on the findings revision, as a triage edit can reorder them.
 */
export function filteredConnections(state: ServiceState, query: ConnectionsQuery): FilterResult {
  const index = connectionIndex(state);
  const { cursor: _cursor, limit: _limit, ...filter } = query;
  const sort = query.sort ?? DEFAULT_CONNECTION_SORT;
  const key = JSON.stringify([filter, sort.includes('openFindings') ? state.findingsRevision : null]);
  let cache = results.get(index);
  if (!cache) {
    cache = new Map();
    results.set(index, cache);
  }
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-insert: the Map's order is the recency order
    cache.set(key, hit);
    return hit;
  }
  const result = filterWithFacets(index, sortedPositions(state, sort), query);
  if (cache.size >= MAX_CACHED_RESULTS) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}
