/**
 * Reusable traversal buffers. A query bumps `epoch` instead of clearing arrays, so a BFS costs what it visits,
 * not what the graph holds. Queries are synchronous and never nest, so one set per graph is enough.
 */
export class Scratch {
  readonly stamp: Uint32Array;
  readonly parent: Int32Array;
  readonly queue: Int32Array;
  readonly depth: Int32Array;
  /** Output of collectActorsInto: actor nodes and how each was reached. */
  readonly found: Int32Array;
  readonly foundVia: Uint8Array;
  epoch = 0;
  head = 0;
  tail = 0;
  count = 0;
  constructor(nodeCount: number) {
    const n = Math.max(1, nodeCount);
    this.stamp = new Uint32Array(n);
    this.parent = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.depth = new Int32Array(n);
    this.found = new Int32Array(n);
    this.foundVia = new Uint8Array(n);
  }
  /** Starts a traversal; every node counts as unvisited afterwards. */
  begin(): number {
    this.epoch += 1;
    if (this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
    return this.epoch;
  }
  seen(n: number): boolean {
    return this.stamp[n] === this.epoch;
  }
  mark(n: number, parentEdge: number): void {
    this.stamp[n] = this.epoch;
    this.parent[n] = parentEdge;
  }
}
