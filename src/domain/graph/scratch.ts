/**
 * Reusable traversal buffers. A query bumps `epoch` instead of clearing arrays, so a BFS costs what it visits,
 * not what the graph holds. Queries are synchronous and never nest, so one set per graph is enough.
 */
export class Scratch {
  readonly stamp: Uint32Array;
  readonly parent: Int32Array;
  readonly queue: Int32Array;
  /** Output of collectActorsInto: actor nodes and how each was reached. */
  readonly found: Int32Array;
  readonly foundVia: Uint8Array;
  /** The grant edges into the connections of one actor query, and the pass each is used in (see actors.ts). */
  grantEdge = new Int32Array(256);
  grantPass = new Uint8Array(256);
  epoch = 0;
  head = 0;
  tail = 0;
  count = 0;
  constructor(nodeCount: number) {
    const n = Math.max(1, nodeCount);
    this.stamp = new Uint32Array(n);
    this.parent = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.found = new Int32Array(n);
    this.foundVia = new Uint8Array(n);
  }
  private depthArray: Int32Array | null = null;
  /** BFS depth per node, for neighbourhood views only: allocated on the first, so analyze() does not pay for it. */
  get depth(): Int32Array {
    this.depthArray ??= new Int32Array(this.stamp.length);
    return this.depthArray;
  }
  /** Makes room for `count` grants (doubling, so a query on a principal with many connections grows it once). */
  reserveGrants(count: number): void {
    if (count <= this.grantEdge.length) return;
    let size = this.grantEdge.length;
    while (size < count) size *= 2;
    this.grantEdge = new Int32Array(size);
    this.grantPass = new Uint8Array(size);
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
