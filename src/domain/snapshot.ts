import type { Inventory } from '../contract/inventory';
import type { Detection, Severity } from '../contract/rules';
import type { Snapshot } from '../contract/snapshots';
import type { Analysis } from './analyze';

export interface SnapshotOptions {
  id: string;
  takenAt: string;
  importId: string | null;
  /** The previous snapshot: without its detection keys, new/resolved are the net change of open findings. */
  previous?: Snapshot;
  /** Detection keys open at the previous snapshot: gives exact new/resolved counts. */
  previousKeys?: Iterable<string>;
}

/** Points a finding of each severity costs the posture, per connection in the inventory. */
export const POSTURE_WEIGHTS: Record<Severity, number> = { critical: 10, high: 5, medium: 2, low: 1 };

/**
 * Posture score, 0–100, higher is better: 100 / (1 + finding points per connection), with critical = 10,
 * high = 5, medium = 2, low = 1 points. Dividing by the number of connections makes inventories of different
 * sizes comparable; the curve is smooth, never reaches 0 and stands at 50 with one point per connection on
 * average. E.g. one critical finding on every connection gives 100 / 11 ≈ 9; one medium finding on every tenth
 * connection gives 100 / 1.2 ≈ 83.
 */
export function postureScore(detections: readonly Detection[], connections: number): number {
  if (connections === 0) return 100;
  let points = 0;
  for (const d of detections) points += POSTURE_WEIGHTS[d.severity];
  return Math.round((1000 / (1 + points / connections))) / 10;
}

const bump = (m: Record<string, number>, k: string, by = 1) => {
  m[k] = (m[k] ?? 0) + by;
};

/** One snapshot of posture from real detections. */
export function computeSnapshot(inventory: Inventory, analysis: Analysis, options: SnapshotOptions): Snapshot {
  const connections = new Map(inventory.connections.map((c) => [c.id, c]));
  const principals = new Map(inventory.principals.map((p) => [p.id, p]));
  const unitOf = (principalId: string): string => {
    const p = principals.get(principalId);
    return p?.businessUnit ?? p?.department ?? 'Unassigned';
  };
  const firstConnectionOf = new Map<string, string>();
  for (const c of [...inventory.connections].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!firstConnectionOf.has(c.authenticatesAs)) firstConnectionOf.set(c.authenticatesAs, c.platform);
  }
  const openBySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
  const openByOwasp: Record<string, number> = {};
  const openByPlatform: Record<string, number> = {};
  const openByBusinessUnit: Record<string, number> = {};
  for (const d of analysis.detections) {
    openBySeverity[d.severity] += 1;
    for (const o of d.owasp) bump(openByOwasp, o);
    if (d.subjectType === 'connection') {
      const c = connections.get(d.subjectId);
      bump(openByPlatform, c?.platform ?? 'unknown');
      bump(openByBusinessUnit, c ? unitOf(c.ownerId) : 'Unassigned');
    } else {
      // Identity findings count under the platform of the identity's first connection, and its own unit.
      bump(openByPlatform, firstConnectionOf.get(d.subjectId) ?? 'unknown');
      bump(openByBusinessUnit, unitOf(d.subjectId));
    }
  }
  let personal = 0;
  for (const c of inventory.connections) if (principals.get(c.authenticatesAs)?.kind === 'person') personal += 1;
  let resolved = 0;
  let added = 0;
  if (options.previousKeys !== undefined) {
    const before = new Set(options.previousKeys);
    const now = new Set(analysis.detections.map((d) => d.key));
    for (const k of now) if (!before.has(k)) added += 1;
    for (const k of before) if (!now.has(k)) resolved += 1;
  } else if (options.previous !== undefined) {
    const prevOpen = Object.values(options.previous.openBySeverity).reduce((a, b) => a + b, 0);
    const open = analysis.detections.length;
    added = Math.max(0, open - prevOpen);
    resolved = Math.max(0, prevOpen - open);
  }
  return {
    id: options.id,
    takenAt: options.takenAt,
    importId: options.importId,
    postureScore: postureScore(analysis.detections, inventory.connections.length),
    connections: inventory.connections.length,
    personalCredentialConnections: personal,
    peopleActingAsOthers: analysis.peopleActingAsOthers,
    openBySeverity,
    openByOwasp,
    openByPlatform,
    openByBusinessUnit,
    resolvedSincePrevious: resolved,
    newSincePrevious: added,
  };
}
