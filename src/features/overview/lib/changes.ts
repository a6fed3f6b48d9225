import type { Snapshot } from '../../../contract/snapshots';

export interface CountChange { dimension: string; key: string; before: number; after: number; delta: number }

const DIMENSIONS: { name: string; counts: (s: Snapshot) => Readonly<Record<string, number>> }[] = [
  { name: 'Severity', counts: (s) => s.openBySeverity },
  { name: 'Platform', counts: (s) => s.openByPlatform },
  { name: 'OWASP category', counts: (s) => s.openByOwasp },
  { name: 'Business unit', counts: (s) => s.openByBusinessUnit },
];

/**
 * Open-finding counts that moved between two snapshots, biggest move first. A key missing from one snapshot
 * had nothing open there, so it counts as 0 rather than being skipped.
 */
export function countChanges(before: Snapshot, after: Snapshot): CountChange[] {
  const out: CountChange[] = [];
  for (const d of DIMENSIONS) {
    const b = d.counts(before);
    const a = d.counts(after);
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      const delta = (a[key] ?? 0) - (b[key] ?? 0);
      if (delta !== 0) out.push({ dimension: d.name, key, before: b[key] ?? 0, after: a[key] ?? 0, delta });
    }
  }
  return out.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.dimension.localeCompare(y.dimension) || x.key.localeCompare(y.key));
}
