import type { Reach } from '../../contract/graph';
import type { Privilege } from '../../contract/inventory';
import { EK, NK, PRIV_CODES } from './codes';
import type { SharingGraph } from './sharingGraph';

/** Edges from the BFS root to `node`, following scratch.parent backwards (parent edge's source is the previous node). */
function chainTo(g: SharingGraph, node: number): number[] {
  const { parent } = g.scratch;
  const edges: number[] = [];
  let n = node;
  for (let guard = 0; guard < g.nodeCount; guard++) {
    const e = parent[n] as number;
    if (e < 0) break;
    edges.push(e);
    n = g.data.edgeSrc[e] as number;
  }
  return edges.reverse();
}

/**
 * Forward BFS over the grants that let a principal use a connection, mirroring collectActors: member_of to its
 * groups, shared_with (explicit or implicit) and owns to connections. Each reached connection yields its target.
 */
export function reachFrom(g: SharingGraph, p: number, limit: number): Reach {
  const d = g.data;
  const s = g.scratch;
  s.begin();
  s.mark(p, -1);
  const queue = s.queue;
  let head = 0;
  let tail = 0;
  queue[tail++] = p;
  const connections: number[] = [];
  while (head < tail) {
    const n = queue[head++] as number;
    for (let i = d.outOff[n] as number, end = d.outOff[n + 1] as number; i < end; i++) {
      const e = d.outEdges[i] as number;
      const kind = d.edgeKind[e];
      const dst = d.edgeDst[e] as number;
      if (s.seen(dst)) continue;
      if (kind === EK.member_of) {
        s.mark(dst, e);
        queue[tail++] = dst;
      } else if ((kind === EK.shared_with || kind === EK.owns) && d.kinds[dst] === NK.connection) {
        s.mark(dst, e);
        connections.push(dst);
      }
    }
  }
  const items: Reach['items'] = [];
  let total = 0;
  for (const c of connections) {
    const identity = g.identityOf(c);
    for (const e of g.outOfKind(c, EK.reaches)) {
      total += 1;
      if (items.length >= limit) continue;
      const t = d.edgeDst[e] as number;
      items.push({
        targetId: d.ids[t] as string,
        targetName: d.labels[t] as string,
        privilege: PRIV_CODES[d.edgePriv[e] as number] as Privilege,
        asPrincipalId: identity >= 0 ? (d.ids[identity] as string) : '',
        connectionId: d.ids[c] as string,
        path: g.pathOf([...chainTo(g, c), e], p),
      });
    }
  }
  return { principalId: d.ids[p] as string, items, total };
}

/**
 * BFS along edge direction. authenticates_as may only be the last hop: acting as an identity through one
 * connection gives that identity's rights on that target, not the identity's own grants on the platform.
 */
export function forwardPath(g: SharingGraph, from: number, to: number): number[] | null {
  if (from === to) return [];
  const d = g.data;
  const s = g.scratch;
  s.begin();
  s.mark(from, -1);
  const queue = s.queue;
  let head = 0;
  let tail = 0;
  queue[tail++] = from;
  while (head < tail) {
    const n = queue[head++] as number;
    for (let i = d.outOff[n] as number, end = d.outOff[n + 1] as number; i < end; i++) {
      const e = d.outEdges[i] as number;
      const dst = d.edgeDst[e] as number;
      if (s.seen(dst)) continue;
      if (d.edgeKind[e] === EK.authenticates_as && dst !== to) continue;
      s.mark(dst, e);
      if (dst === to) return chainTo(g, to);
      queue[tail++] = dst;
    }
  }
  return null;
}
