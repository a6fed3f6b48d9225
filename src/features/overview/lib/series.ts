import type { Snapshot } from '../../../contract/snapshots';
import type { Severity } from '../../../contract/rules';
import { downsample } from '../../../lib/downsample';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export interface SeverityPoint { takenAt: string; critical: number; high: number; medium: number; low: number }
export interface ValuePoint { takenAt: string; value: number }
export interface Bar { key: string; count: number }

/** Open findings per severity at each snapshot, downsampled for drawing. */
export function severitySeries(snapshots: readonly Snapshot[]): SeverityPoint[] {
  return downsample(snapshots.map((s) => ({ takenAt: s.takenAt, ...s.openBySeverity })));
}

/** One recorded figure per snapshot; a snapshot that did not record a key counts 0 (nothing open there). */
export function valueSeries(snapshots: readonly Snapshot[], pick: (s: Snapshot) => number | undefined): ValuePoint[] {
  return downsample(snapshots.map((s) => ({ takenAt: s.takenAt, value: pick(s) ?? 0 })));
}

/** A snapshot's counts as bars, largest first, ties by name so the order is stable between renders. */
export function toBars(counts: Readonly<Record<string, number>>): Bar[] {
  return Object.entries(counts)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export function openTotal(s: Snapshot): number {
  return SEVERITIES.reduce((sum, sev) => sum + s.openBySeverity[sev], 0);
}
