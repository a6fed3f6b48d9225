import type { ConnectionRow, ConnectionsQuery, ConnectionFacet, FacetCounts } from '../../contract/entities';
import { CONNECTION_FACETS } from '../../contract/entities';
import { inSet, matchesText } from '../operations/paging';

/** The value a row has for each facet, as the filter's query parameter spells it. */
const FACET_VALUE: Record<ConnectionFacet, (c: ConnectionRow) => string> = {
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

function selected(query: ConnectionsQuery, facet: ConnectionFacet): readonly string[] | undefined {
  const value = query[facet];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value as string];
}

/**
 * Filters the rows and counts facets in one pass. A facet's counts honour every filter except its own, so
 * each option shows how many rows picking it would give (the usual faceted-search behaviour): a row failing
 * exactly one facet filter still counts towards that facet.
 */
export function filterWithFacets(rows: readonly ConnectionRow[], query: ConnectionsQuery): { rows: ConnectionRow[]; facets: FacetCounts } {
  const active = CONNECTION_FACETS.map((f) => [f, selected(query, f)] as const);
  const facets: FacetCounts = Object.fromEntries(CONNECTION_FACETS.map((f) => [f, {}]));
  const bump = (facet: ConnectionFacet, c: ConnectionRow) => {
    const counts = facets[facet]!;
    const v = FACET_VALUE[facet](c);
    counts[v] = (counts[v] ?? 0) + 1;
  };
  const matching: ConnectionRow[] = [];
  for (const c of rows) {
    if (!matchesText(query.q, c.name, c.connector, c.targetName, c.authenticatesAsName, c.ownerName)) continue;
    let failed: ConnectionFacet | undefined;
    let failures = 0;
    for (const [facet, allowed] of active) {
      if (!inSet(allowed, FACET_VALUE[facet](c))) {
        failures++;
        failed = facet;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      matching.push(c);
      for (const facet of CONNECTION_FACETS) bump(facet, c);
    } else if (failures === 1 && failed) {
      bump(failed, c);
    }
  }
  return { rows: matching, facets };
}
