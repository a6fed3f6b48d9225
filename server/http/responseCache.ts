import type { EndpointName } from '../../src/contract/endpoints';
import type { Inventory } from '../../src/contract/inventory';
import type { ServiceState } from '../../src/service/state';

/**
 * Reads whose answer depends only on the inventory and the findings (not on the caller, the clock, users or
 * saved views). Their validated, serialised answers are kept until either changes: a dashboard many people
 * open, or a list scrolled back to, then costs a lookup instead of a pass and a schema check of every row.
 */
const CACHEABLE = new Set<EndpointName>([
  'platforms', 'listConnections', 'getConnection', 'listPrincipals', 'getPrincipal', 'listApps', 'getApp', 'listShares',
  'listTargets', 'graphOverview', 'graphNeighbourhood', 'graphSearch', 'whoCanActAs', 'reach', 'blastRadius', 'shortestPath',
]);

const MAX_ENTRIES = 512;
/** Bigger answers are rare (a whole 500-row page of findings) and not worth holding. */
const MAX_ENTRY_CHARS = 1_000_000;

const inventoryIds = new WeakMap<Inventory, number>();
let nextInventoryId = 1;

/** Changes whenever an import swaps the inventory or a triage write changes a finding. */
function stateVersion(state: ServiceState): string {
  let id = inventoryIds.get(state.inventory);
  if (id === undefined) {
    id = nextInventoryId++;
    inventoryIds.set(state.inventory, id);
  }
  return `${id}:${state.findingsRevision}`;
}

export class ResponseCache {
  private readonly entries = new Map<string, string>();

  key(name: EndpointName, input: { params: unknown; query: unknown }, state: ServiceState): string | null {
    return CACHEABLE.has(name) ? `${stateVersion(state)} ${name} ${JSON.stringify(input)}` : null;
  }

  get(key: string): string | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key); // re-insert: the Map's order is the recency order
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, json: string) {
    if (json.length > MAX_ENTRY_CHARS) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, json);
  }
}
