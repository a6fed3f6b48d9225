/** Read access to node indices by id: all the graph's users need of its index. */
export interface IdLookup {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

/**
 * FNV-1a over the UTF-16 code units, then murmur3's finaliser so that ids differing in one character spread.
 * A value that is not a string (unvalidated data) hashes to 0 rather than throwing, and is then compared with
 * ===, so it is found or missed as a Map would.
 */
function hashOf(id: string): number {
  if (typeof id !== 'string') return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Node index by id: open addressing (linear probing) in one typed array of (hash, node) pairs, sized once for
 * every record. On `l` a Map took 150–200 ms to grow to 346k ids (rehashing at every doubling) against 60 ms
 * here, with lookups as fast; the pairs also keep the table out of the heap the GC walks.
 */
export class IdIndex implements IdLookup {
  private readonly table: Int32Array;
  private readonly mask: number;
  private size = 0;

  /** `ids[node]` is the id of each node added; at most `capacity` ids will be. */
  constructor(
    private readonly ids: readonly string[],
    private readonly capacity: number,
  ) {
    // At most two thirds full, so a probe sequence stays short; a power of two, so a slot is a mask away.
    let slots = 8;
    while (slots * 2 < capacity * 3) slots *= 2;
    this.mask = slots - 1;
    this.table = new Int32Array(slots * 2).fill(-1);
  }

  /** Slot of `id` in the table (its pair starts at twice this), or of the empty slot where it would go. */
  private slotOf(id: string, hash: number): number {
    const { table, mask, ids } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const node = table[2 * slot + 1] as number;
      if (node < 0 || (table[2 * slot] === hash && ids[node] === id)) return slot;
    }
  }

  get(id: string): number | undefined {
    const node = this.table[2 * this.slotOf(id, hashOf(id)) + 1] as number;
    return node < 0 ? undefined : node;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /**
   * Records `node` as the node of `id` unless the id already has one, and returns the node the id resolves to, so
   * a duplicate id keeps its first definition. `ids[node]` must hold `id` before the next call.
   */
  add(id: string, node: number): number {
    const hash = hashOf(id);
    const at = 2 * this.slotOf(id, hash);
    const existing = this.table[at + 1] as number;
    if (existing >= 0) return existing;
    // A full table would leave probes without an empty slot to stop at.
    if (this.size === this.capacity) throw new RangeError(`IdIndex: more than ${this.capacity} ids`);
    this.size += 1;
    this.table[at] = hash;
    this.table[at + 1] = node;
    return node;
  }
}
