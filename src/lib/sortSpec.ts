import { MAX_SORT_KEYS, parseSort } from '../contract/pagination';

export interface SortKeySpec { field: string; desc: boolean }

export const formatSort = (keys: readonly SortKeySpec[]) => keys.map((k) => `${k.desc ? '-' : ''}${k.field}`).join(',');

/**
 * What clicking a column header does to the sort, as spreadsheets do it. A plain click makes the column the
 * only key (flipping its direction if it already was the first key). An additive click (Shift) keeps the
 * other keys: it flips the column if present, else appends it, dropping the oldest extra key beyond the cap.
 * New keys start descending, as the riskiest/biggest first is what this tool is read for.
 */
export function toggleSort(spec: string, field: string, additive: boolean): string {
  const keys = parseSort(spec);
  const at = keys.findIndex((k) => k.field === field);
  if (!additive) {
    const first = keys[0];
    return formatSort([{ field, desc: first?.field === field ? !first.desc : true }]);
  }
  if (at >= 0) return formatSort(keys.map((k, i) => (i === at ? { ...k, desc: !k.desc } : k)));
  const next = [...keys, { field, desc: true }];
  return formatSort(next.length > MAX_SORT_KEYS ? [next[0]!, ...next.slice(next.length - MAX_SORT_KEYS + 1)] : next);
}

/** Where a field is in the sort: its 1-based priority and direction, or undefined when it does not sort. */
export function sortPosition(spec: string, field: string): { priority: number; desc: boolean } | undefined {
  const keys = parseSort(spec);
  const at = keys.findIndex((k) => k.field === field);
  return at < 0 ? undefined : { priority: at + 1, desc: keys[at]!.desc };
}
