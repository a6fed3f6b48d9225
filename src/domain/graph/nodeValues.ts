import type { IdLookup } from './idIndex';

/** Read access by id: what rules and services need of a keyed collection. */
export interface Lookup<V> {
  get(id: string): V | undefined;
}

/**
 * Values keyed by id but stored by graph node index. On `l` (346,000 nodes) building a Map per result cost more
 * than computing the results: this view needs no build, and a read is the one hash lookup of the graph's index.
 */
export class NodeValues<V> implements Lookup<V>, Iterable<[string, V]> {
  private counted = -1;

  constructor(
    private readonly index: IdLookup,
    private readonly ids: readonly string[],
    /** The value at a node, or undefined where the node has none (another kind, or not computed). */
    private readonly valueAt: (node: number) => V | undefined,
  ) {}

  get(id: string): V | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.valueAt(i);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** How many ids have a value; counted once, since the values never change after analysis. */
  get size(): number {
    if (this.counted < 0) {
      let n = 0;
      for (let i = 0; i < this.ids.length; i++) if (this.valueAt(i) !== undefined) n++;
      this.counted = n;
    }
    return this.counted;
  }

  *entries(): IterableIterator<[string, V]> {
    for (let i = 0; i < this.ids.length; i++) {
      const v = this.valueAt(i);
      if (v !== undefined) yield [this.ids[i] as string, v];
    }
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }
}
