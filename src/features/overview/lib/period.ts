import type { Snapshot } from '../../../contract/snapshots';

export const PERIODS = [
  { value: '3m', label: 'Last 3 months', months: 3 },
  { value: '6m', label: 'Last 6 months', months: 6 },
  { value: '12m', label: 'Last 12 months', months: 12 },
  { value: 'all', label: 'All history', months: null },
] as const;
export type Period = (typeof PERIODS)[number]['value'];
export const DEFAULT_PERIOD: Period = '12m';

/** A period from the URL; anything unknown falls back to the default rather than failing the page. */
export function parsePeriod(raw: string | undefined): Period {
  return PERIODS.find((p) => p.value === raw)?.value ?? DEFAULT_PERIOD;
}

/**
 * Snapshots taken within `period` calendar months before the latest one (inclusive), oldest first. Anchored on
 * the latest snapshot rather than the clock, so a stale inventory still shows its own recent history.
 */
export function snapshotsInPeriod(snapshots: readonly Snapshot[], period: Period): Snapshot[] {
  const months = PERIODS.find((p) => p.value === period)?.months ?? null;
  const latest = snapshots.at(-1);
  if (!latest || months === null) return [...snapshots];
  const from = new Date(latest.takenAt);
  from.setUTCMonth(from.getUTCMonth() - months);
  return snapshots.filter((s) => Date.parse(s.takenAt) >= from.getTime());
}
