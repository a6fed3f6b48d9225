// Per-node lists read back from the graph's adjacency (CSR) for whole-inventory passes in analyze(): reading
// the edges again costs less than keeping a list per node alive, which the GC would copy until promoted.
import type { GraphData } from './data';
import { EK, NK } from './codes';
import type { SharingGraph } from './sharingGraph';

const CONNECTION = NK.connection;
const AUTH = EK.authenticates_as;

/**
 * The records at the sources of `node`'s in-edges of one kind, in edge order, or undefined when there are none.
 * Built when a rule asks: the 110k per-node lists analyze() kept on `l` were copied by every young-generation GC
 * until promoted, while a list built on demand dies young, which costs the GC nothing.
 */
export function sourcesOf<T>(d: GraphData, node: number, kind: number, recordAt: (node: number) => T | undefined): T[] | undefined {
  let list: T[] | undefined;
  for (let i = d.inOff[node] as number, end = d.inOff[node + 1] as number; i < end; i++) {
    const e = d.inEdges[i] as number;
    if (d.edgeKind[e] !== kind) continue;
    const record = recordAt(d.edgeSrc[e] as number) as T;
    if (list) list.push(record);
    else list = [record];
  }
  return list;
}

/**
 * Connection nodes ordered by the identity they sign in as (a counting sort; those without one come last), and
 * the identity of every node (-1 for none), so the caller need not search each connection's edges again.
 */
export function connectionsByIdentity(graph: SharingGraph): { order: Int32Array; identity: Int32Array } {
  const n = graph.nodeCount;
  const kinds = graph.data.kinds;
  const identity = new Int32Array(n).fill(-1);
  // Bucket of each connection: its identity's node, or n for none. Offsets by bucket; read again from `identity`
  // rather than kept in an array of its own, one node-sized array less on `l`.
  const offset = new Int32Array(n + 2);
  for (let ci = 0; ci < n; ci++) {
    if (kinds[ci] !== CONNECTION) continue;
    const who = graph.identityOf(ci);
    identity[ci] = who;
    offset[(who < 0 ? n : who) + 1]! += 1;
  }
  for (let b = 0; b <= n; b++) offset[b + 1]! += offset[b] as number;
  const order = new Int32Array(offset[n + 1] as number);
  for (let ci = 0; ci < n; ci++) {
    if (kinds[ci] !== CONNECTION) continue;
    const who = identity[ci] as number;
    order[offset[who < 0 ? n : who]!++] = ci;
  }
  return { order, identity };
}

/** Number of authenticates_as edges into `node` (connections signing in as it). */
export function authEdgeCount(d: GraphData, node: number): number {
  let count = 0;
  for (let i = d.inOff[node] as number, end = d.inOff[node + 1] as number; i < end; i++) {
    if (d.edgeKind[d.inEdges[i] as number] === AUTH) count++;
  }
  return count;
}
