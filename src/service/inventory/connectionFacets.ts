import type { ConnectionsQuery, ConnectionFacet, FacetCounts } from '../../contract/entities';
import { CONNECTION_FACETS } from '../../contract/entities';
import type { ConnectionIndex } from './connectionIndex';

function selected(query: ConnectionsQuery, facet: ConnectionFacet): readonly string[] | undefined {
  const value = query[facet];
  if (value === undefined) return undefined;
  const values = Array.isArray(value) ? value : [value as string];
  return values.length > 0 ? values : undefined;
}

export interface FilterResult { positions: Int32Array; facets: FacetCounts }

/**
 * Filters the index's rows, visited in the given order, and counts facets in the same pass. A facet's counts
 * honour every filter except its own, so each option shows how many rows picking it would give (the usual
 * faceted-search behaviour): a row failing exactly one facet filter still counts towards that facet.
 * Returns the matching positions in the order visited. Facet values are compared as integer codes.
 */
export function filterWithFacets(index: ConnectionIndex, order: ArrayLike<number>, query: ConnectionsQuery): FilterResult {
  const facetAt = new Map(CONNECTION_FACETS.map((f, k) => [f, k]));
  const active = CONNECTION_FACETS.flatMap((facet) => {
    const allowed = selected(query, facet);
    if (!allowed) return [];
    const labels = index.facetLabels[facet];
    const accepts = new Uint8Array(labels.length);
    labels.forEach((label, code) => { if (allowed.includes(label)) accepts[code] = 1; });
    return [{ slot: facetAt.get(facet)!, codes: index.facetCodes[facet], accepts }];
  });
  const codes = CONNECTION_FACETS.map((f) => index.facetCodes[f]);
  const counts = CONNECTION_FACETS.map((f) => new Int32Array(index.facetLabels[f].length));
  const needle = query.q?.toLowerCase();
  const positions = new Int32Array(order.length);
  let matched = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (needle && !index.searchText[i]!.includes(needle)) continue;
    let failedSlot = -1;
    let failures = 0;
    for (const { slot, codes: facetCodes, accepts } of active) {
      if (accepts[facetCodes[i]!] === 0) {
        failures++;
        failedSlot = slot;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      positions[matched++] = i;
      for (let f = 0; f < codes.length; f++) counts[f]![codes[f]![i]!]!++;
    } else if (failures === 1) {
      counts[failedSlot]![codes[failedSlot]![i]!]!++;
    }
  }
  const facets: FacetCounts = Object.fromEntries(CONNECTION_FACETS.map((facet, f) => [
    facet,
    Object.fromEntries(index.facetLabels[facet].flatMap((label, code) => (counts[f]![code]! > 0 ? [[label, counts[f]![code]!]] : []))),
  ]));
  return { positions: positions.slice(0, matched), facets };
}
