import type { Snapshot } from '../../../contract/snapshots';
import { downsample } from '../../../lib/downsample';

export interface BurndownPoint {
  t: number;
  /** Open findings recorded by a snapshot. */
  open?: number;
  /** Open or in-progress findings now, from the findings themselves (moves as soon as one is resolved). */
  live?: number;
  /** Where the straight line from the start to the goal stands at `t`. */
  target?: number;
}

export interface BurndownInput {
  snapshots: readonly Snapshot[];
  /** Percent fewer open findings than at the first snapshot, to reach by `targetAt`. */
  goalPercent: number;
  targetAt: number;
  live?: { at: number; open: number };
}

const openOf = (s: Snapshot) => s.openBySeverity.critical + s.openBySeverity.high + s.openBySeverity.medium + s.openBySeverity.low;

/**
 * Burndown rows on a time axis: recorded open findings per snapshot, the live count, and a straight target
 * line from the first snapshot's count to the goal at the target date. The target is computed at every row's
 * time so the line is drawn straight whichever rows are kept.
 */
export function burndown({ snapshots, goalPercent, targetAt, live }: BurndownInput): { rows: BurndownPoint[]; goal: number | null } {
  const recorded = downsample(snapshots.map((s) => ({ t: Date.parse(s.takenAt), open: openOf(s) })));
  const first = recorded[0];
  if (!first) return { rows: live ? [{ t: live.at, live: live.open }] : [], goal: null };
  const goal = Math.round(first.open * (1 - goalPercent / 100));
  const span = targetAt - first.t;
  const targetAtT = (t: number) => (span <= 0 || t >= targetAt ? goal : first.open + ((goal - first.open) * (t - first.t)) / span);
  const rows: BurndownPoint[] = recorded.map((r) => ({ ...r, target: round1(targetAtT(r.t)) }));
  if (live) rows.push({ t: live.at, live: live.open, target: round1(targetAtT(live.at)) });
  if (targetAt > (rows.at(-1)?.t ?? 0)) rows.push({ t: targetAt, target: goal });
  return { rows: rows.sort((a, b) => a.t - b.t), goal };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
