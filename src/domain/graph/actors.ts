import type { GraphData } from './data';
import { EK, NK } from './codes';
import type { Scratch } from './scratch';

/** How an actor got access, in the order answers prefer them: an intended grant beats an accidental one. */
export const VIA = { owner: 0, direct_share: 1, group: 2, implicit_app_share: 3 } as const;
export const VIA_NAMES = ['owner', 'direct_share', 'group', 'implicit_app_share'] as const;

// Module-local copies: hot loops read plain constants, not properties of an imported object.
const GROUP = NK.group;
const OWNS = EK.owns;
const SHARED = EK.shared_with;
const PASS_OWNER = 0;
const PASS_EXPLICIT = 1;
const PASS_GROUP = 2;
const PASS_IMPLICIT = 3;

export interface ActorSet {
  nodes: number[];
  via: number[];
}

/** Marks `n` reached through edge `e`; groups are queued for expansion, other principals become actors. */
function reach(g: GraphData, s: Scratch, n: number, e: number, via: number): void {
  if (s.stamp[n] === s.epoch) return;
  s.stamp[n] = s.epoch;
  s.parent[n] = e;
  if (g.kinds[n] === GROUP) {
    s.queue[s.tail++] = n;
  } else {
    s.found[s.count] = n;
    s.foundVia[s.count] = via;
    s.count++;
  }
}

/** Expands queued groups to their members (reverse member_of), each group once, so cycles terminate. */
function drain(g: GraphData, s: Scratch, via: number): void {
  const { off, edges, sources } = g.members;
  while (s.head < s.tail) {
    const grp = s.queue[s.head++] as number;
    for (let k = off[grp] as number, end = off[grp + 1] as number; k < end; k++) reach(g, s, sources[k] as number, edges[k] as number, via);
  }
}

/**
 * The pass in which a grant edge into a connection is first used, or -1 for edges that grant nothing (uses).
 * Owners and explicit grantees are taken in their own passes unless they are groups, which wait for the group
 * pass; implicit grants come last. (The group pass also takes the non-group ones, but those are reached by then.)
 */
function passOf(g: GraphData, e: number): number {
  const kind = g.edgeKind[e];
  if (kind === SHARED) {
    if (g.edgeImplicit[e] === 1) return PASS_IMPLICIT;
  } else if (kind !== OWNS) {
    return -1;
  }
  if (g.kinds[g.edgeSrc[e] as number] === GROUP) return PASS_GROUP;
  return kind === OWNS ? PASS_OWNER : PASS_EXPLICIT;
}

/**
 * Every non-group principal able to use one of `connections`, except `exclude` (the identity itself: acting as
 * yourself is not exposure). Four passes in VIA order so each actor is reported by its most intentional route;
 * groups are expanded to their nested members. Results land in `scratch.found/foundVia[0..count)`, and
 * `scratch.parent` keeps for every reached node the edge towards the connection, from which paths are rebuilt.
 * Returns the number of actors.
 */
export function collectActorsInto(g: GraphData, s: Scratch, connections: readonly number[], exclude: number): number {
  s.begin();
  s.count = 0;
  s.head = 0;
  s.tail = 0;
  for (const c of connections) {
    s.stamp[c] = s.epoch;
    s.parent[c] = -1;
  }
  if (exclude >= 0) {
    s.stamp[exclude] = s.epoch;
    s.parent[exclude] = -1;
  }
  // One scan of the edges into the connections, each sorted into its pass, then the passes over that short list:
  // scanning them once per pass read every edge's kind, flags and source four times, for each of the 100k on `l`.
  const { inOff, inEdges } = g;
  let grants = 0;
  for (const c of connections) grants += (inOff[c + 1] as number) - (inOff[c] as number);
  s.reserveGrants(grants);
  const { grantEdge, grantPass } = s;
  grants = 0;
  for (const c of connections) {
    for (let i = inOff[c] as number, end = inOff[c + 1] as number; i < end; i++) {
      const e = inEdges[i] as number;
      const pass = passOf(g, e);
      if (pass < 0) continue;
      grantEdge[grants] = e;
      grantPass[grants++] = pass;
    }
  }
  const { edgeSrc } = g;
  for (let pass = PASS_OWNER; pass <= PASS_IMPLICIT; pass++) {
    for (let k = 0; k < grants; k++) {
      if (grantPass[k] !== pass) continue;
      const e = grantEdge[k] as number;
      reach(g, s, edgeSrc[e] as number, e, pass);
    }
    drain(g, s, pass);
  }
  return s.count;
}

/** collectActorsInto, copied out into arrays (for callers that run further traversals before using them). */
export function collectActors(g: GraphData, s: Scratch, connections: readonly number[], exclude: number): ActorSet {
  const n = collectActorsInto(g, s, connections, exclude);
  return { nodes: Array.from(s.found.subarray(0, n)), via: Array.from(s.foundVia.subarray(0, n)) };
}

/** Edges from `node` to the connection it reached, following `scratch.parent`. */
export function parentChain(g: GraphData, s: Scratch, node: number): number[] {
  const edges: number[] = [];
  let n = node;
  for (let guard = 0; guard < g.ids.length; guard++) {
    const e = s.parent[n] as number;
    if (e < 0) break;
    edges.push(e);
    n = g.edgeDst[e] as number;
  }
  return edges;
}
