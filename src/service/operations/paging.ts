import { ProblemError } from '../problems';
import { parseSort } from '../../contract/pagination';

/** Cursors are opaque to clients; here they encode the offset into the sorted, filtered rows. */
export function encodeCursor(offset: number): string {
  return btoa(JSON.stringify({ o: offset })).replace(/=+$/, '');
}

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const value = JSON.parse(atob(cursor)) as { o?: unknown };
    if (typeof value.o === 'number' && Number.isInteger(value.o) && value.o >= 0) return value.o;
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError({
    type: 'about:blank', title: 'Invalid request', status: 400, detail: 'The cursor is not one this API issued',
    errors: [{ field: 'query.cursor', message: 'Unknown or malformed cursor' }],
  });
}

export type SortKey<T> = (row: T) => string | number;

/**
 * The positions of `rows` in the order of a sort spec (`-riskScore,name`): keys in priority order, the id as last
 * tie-breaker. Each key is computed once per row rather than twice per comparison (a cold sort of `l`'s 100,000
 * connections by name lower-cased every name about 3.4 million times).
 */
export function positionsInOrder<T extends { id: string }>(rows: readonly T[], sort: string, keys: Record<string, SortKey<T>>): Int32Array {
  const parts = parseSort(sort).flatMap(({ field, desc }) => {
    const key = keys[field];
    return key ? [{ values: rows.map(key), dir: desc ? -1 : 1 }] : [];
  });
  const positions = Array.from({ length: rows.length }, (_, i) => i);
  positions.sort((a, b) => {
    for (const { values, dir } of parts) {
      const ka = values[a]!;
      const kb = values[b]!;
      if (ka < kb) return -dir;
      if (ka > kb) return dir;
    }
    const ia = rows[a]!.id;
    const ib = rows[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  return Int32Array.from(positions);
}

/** Sorts by the spec (or the fallback) with the id as tie-breaker, so pages never repeat or skip rows. */
export function sortRows<T extends { id: string }>(rows: T[], sort: string | undefined, keys: Record<string, SortKey<T>>, fallback: string): T[] {
  return Array.from(positionsInOrder(rows, sort ?? fallback, keys), (i) => rows[i]!);
}

/** One page of rows (an array, or a typed array of row positions) after the cursor's offset. */
export function paginate<T>(rows: ArrayLike<T> & { slice(start: number, end: number): ArrayLike<T> }, cursor: string | undefined, limit: number) {
  const offset = decodeCursor(cursor);
  const items = Array.from(rows.slice(offset, offset + limit));
  const next = offset + limit < rows.length ? encodeCursor(offset + limit) : null;
  return { items, nextCursor: next, total: rows.length };
}

/** Case-insensitive substring match over the given fields; the UI never sees a regex. */
export function matchesText(q: string | undefined, ...fields: (string | undefined | null)[]): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return fields.some((f) => f?.toLowerCase().includes(needle));
}

export function inSet<T>(allowed: readonly T[] | undefined, value: T): boolean {
  return !allowed || allowed.length === 0 || allowed.includes(value);
}
