/**
 * A value per node where few distinct values repeat (platform, environment, department), stored as a small code
 * per node plus the table of distinct values. On `l` a 346k-slot array per attribute cost more to allocate
 * (10–20 ms each, the heap's fresh pages) than the attributes are worth; a byte per node does not.
 */
export class CodedValues<T> {
  /** Code per node, 0 for none; widened when the distinct values outgrow it. */
  private codes: Uint8Array | Uint16Array | Int32Array;
  private readonly values: (T | undefined)[] = [undefined];
  private readonly codeOf = new Map<T, number>();

  constructor(size: number) {
    this.codes = new Uint8Array(size);
  }

  set(node: number, value: T | undefined): void {
    if (value === undefined) return;
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codeOf.set(value, code);
      if (code === 256 || code === 65_536) this.widen(code);
    }
    this.codes[node] = code;
  }

  /** The value set for `node`, or undefined (also past the end, as an array would answer). */
  at(node: number): T | undefined {
    return this.values[this.codes[node] ?? 0];
  }

  private widen(code: number): void {
    const wider = code === 256 ? new Uint16Array(this.codes.length) : new Int32Array(this.codes.length);
    wider.set(this.codes);
    this.codes = wider;
  }
}
