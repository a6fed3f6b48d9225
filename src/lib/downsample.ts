/** The most points a chart series may draw; beyond this SVG charts get slow and the extra points are invisible. */
export const MAX_POINTS = 1000;

/**
 * Picks at most `max` rows, evenly spaced, always keeping the first and the last so the series spans the same
 * period and ends on the current figure. Whole rows are kept (not per-series values) because stacked series
 * share one x value per row; picking by index keeps every kept row exactly as recorded, so no value is invented.
 */
export function downsample<T>(rows: readonly T[], max: number = MAX_POINTS): T[] {
  if (!Number.isInteger(max) || max < 2) throw new RangeError(`downsample needs max >= 2, got ${max}`);
  if (rows.length <= max) return [...rows];
  const out: T[] = [];
  const step = (rows.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) out.push(rows[Math.round(i * step)] as T);
  return out;
}
