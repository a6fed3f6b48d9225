import type { GraphEdge, GraphNode, GraphView } from '../../contract/graph';
import { NK } from './codes';
import type { SharingGraph } from './sharingGraph';

/**
 * Turns a chosen set of node indices into a GraphView, folding the persons in `fold` into one aggregate node per
 * department ("312 users · Sales"). Edges between shown nodes are kept; edges of folded persons are redirected to
 * their aggregate and deduplicated, so the picture keeps its shape with a fraction of the nodes.
 */
export class ViewBuilder {
  private readonly slot: Int32Array;
  private readonly nodes: GraphNode[] = [];
  private readonly members: number[] = [];
  private readonly aggIndex = new Map<string, number>();
  private readonly aggCounts: number[] = [];

  constructor(private readonly g: SharingGraph) {
    this.slot = new Int32Array(g.nodeCount).fill(-1);
  }

  get size(): number {
    return this.nodes.length;
  }
  includes(i: number): boolean {
    return this.slot[i] !== -1;
  }
  aggregateKey(i: number): string {
    return this.g.data.department.at(i) ?? 'No department';
  }
  /** Nodes `add` would create for `i` (0 when already shown; 0 for a person joining an existing aggregate). */
  cost(i: number, folded: boolean): number {
    if (this.includes(i)) return 0;
    if (folded) return this.aggIndex.has(this.aggregateKey(i)) ? 0 : 1;
    return 1;
  }
  add(i: number, folded: boolean): void {
    if (this.includes(i)) return;
    this.members.push(i);
    if (!folded || this.g.data.kinds[i] !== NK.person) {
      this.slot[i] = this.nodes.length;
      this.nodes.push(this.g.nodeAt(i));
      return;
    }
    const key = this.aggregateKey(i);
    let a = this.aggIndex.get(key);
    if (a === undefined) {
      a = this.nodes.length;
      this.aggIndex.set(key, a);
      this.aggCounts[a] = 0;
      this.nodes.push({ id: `agg:department:${key}`, kind: 'aggregate', label: '', risk: 0, count: 1, foldedBy: 'department' });
    }
    this.slot[i] = a;
    this.aggCounts[a] = (this.aggCounts[a] ?? 0) + 1;
    const agg = this.nodes[a] as GraphNode;
    agg.risk = Math.max(agg.risk, this.g.risk[i] as number);
  }

  build(budget: number, truncated: boolean): GraphView {
    const d = this.g.data;
    const edges: GraphEdge[] = [];
    const seenAgg = new Set<string>();
    for (const i of this.members) {
      for (let k = d.outOff[i] as number, end = d.outOff[i + 1] as number; k < end; k++) {
        const e = d.outEdges[k] as number;
        const j = d.edgeDst[e] as number;
        const si = this.slot[i] as number;
        const sj = this.slot[j] as number;
        if (sj === -1 || si === sj) continue;
        const edge = this.g.edgeAt(e);
        const src = this.nodes[si] as GraphNode;
        const dst = this.nodes[sj] as GraphNode;
        if (src.kind === 'aggregate' || dst.kind === 'aggregate') {
          const id = `agg:${edge.kind}${edge.implicit ? '~implicit' : ''}:${src.id}->${dst.id}`;
          if (seenAgg.has(id)) continue;
          seenAgg.add(id);
          edges.push({ id, source: src.id, target: dst.id, kind: edge.kind, implicit: edge.implicit });
        } else {
          edges.push(edge);
        }
      }
    }
    const folded: GraphView['folded'] = [];
    for (const [key, a] of this.aggIndex) {
      const node = this.nodes[a] as GraphNode;
      const count = this.aggCounts[a] ?? 0;
      node.count = count;
      node.label = `${count} ${count === 1 ? 'user' : 'users'} · ${key}`;
      folded.push({ aggregateId: node.id, label: node.label, count });
    }
    return { nodes: this.nodes, edges, folded, budget, truncated };
  }
}
