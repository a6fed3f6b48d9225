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
const MEMBER = EK.member_of;
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
  const { inOff, inEdges, edgeKind, edgeSrc } = g;
  while (s.head < s.tail) {
    const grp = s.queue[s.head++] as number;
    for (let i = inOff[grp] as number, end = inOff[grp + 1] as number; i < end; i++) {
      const e = inEdges[i] as number;
      if (edgeKind[e] === MEMBER) reach(g, s, edgeSrc[e] as number, e, via);
    }
  }
}

function wants(g: GraphData, e: number, pass: number): boolean {
  const kind = g.edgeKind[e];
  if (pass === PASS_OWNER) return kind === OWNS;
  if (pass === PASS_IMPLICIT) return kind === SHARED && g.edgeImplicit[e] === 1;
  const explicit = kind === SHARED && g.edgeImplicit[e] === 0;
  return pass === PASS_EXPLICIT ? explicit : explicit || kind === OWNS;
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
  const { inOff, inEdges, edgeSrc, kinds } = g;
  for (let pass = PASS_OWNER; pass <= PASS_IMPLICIT; pass++) {
    const groupsToo = pass === PASS_GROUP || pass === PASS_IMPLICIT;
    for (const c of connections) {
      for (let i = inOff[c] as number, end = inOff[c + 1] as number; i < end; i++) {
        const e = inEdges[i] as number;
        if (!wants(g, e, pass)) continue;
        const src = edgeSrc[e] as number;
        if (!groupsToo && kinds[src] === GROUP) continue;
        reach(g, s, src, e, pass);
      }
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
