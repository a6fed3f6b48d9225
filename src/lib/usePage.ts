import { useState } from 'react';

export interface Page<T> {
  rows: readonly T[];
  /** Zero-based index of the page shown, already clamped to the pages there are. */
  index: number;
  count: number;
  first: number;
  last: number;
  total: number;
  goTo: (index: number) => void;
}

/**
 * One page of a long list. Big tables (thousands of rows) cost the browser seconds of layout when drawn whole and
 * are no easier to read that way; a page of rows plus a filter is. The index clamps itself when the list shrinks
 * (a new answer, a narrower filter), so a stale page number never shows an empty table.
 */
export function usePage<T>(items: readonly T[], size: number): Page<T> {
  const [wanted, goTo] = useState(0);
  const count = Math.max(1, Math.ceil(items.length / size));
  const index = Math.min(wanted, count - 1);
  const start = index * size;
  const rows = items.slice(start, start + size);
  return { rows, index, count, first: items.length === 0 ? 0 : start + 1, last: start + rows.length, total: items.length, goTo };
}
