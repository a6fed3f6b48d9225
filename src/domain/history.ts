import type { Inventory } from '../contract/inventory';
import type { Snapshot } from '../contract/snapshots';
import { analyze, type Analysis } from './analyze';
import { POSTURE_WEIGHTS, computeSnapshot } from './snapshot';
import { toMs, type Instant } from './time';

export interface HistoryOptions {
  /** Past monthly snapshots before the current one. Default 6. */
  months?: number;
  /** When the current snapshot is taken; defaults to the inventory's generatedAt. */
  now?: Instant;
  /** Reuse an analysis of the inventory instead of computing it again. */
  analysis?: Analysis;
}

/**
 * Findings relative to today, `t` = how far back (1 = oldest month, 0 = now): the demo story is a clean-up
 * campaign that cut findings by a third, then a regression as new apps were shared.
 */
function trend(t: number): number {
  if (t >= 1 / 3) return 0.9 + ((t - 1 / 3) / (2 / 3)) * 0.55;
  return 1 + (0.9 - 1) * (t / (1 / 3));
}

const scale = (m: Record<string, number>, f: number): Record<string, number> =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v * f)]));

function monthsBefore(ms: number, k: number): string {
  const d = new Date(ms);
  d.setUTCMonth(d.getUTCMonth() - k);
  return d.toISOString();
}

/**
 * Demo history: `months` past snapshots derived from the current counts by a fixed trend, then the current
 * snapshot from the real analysis. Deterministic; clearly a seed for demos, since no past imports exist.
 */
export function generateHistory(inventory: Inventory, options: HistoryOptions = {}): Snapshot[] {
  const months = Math.max(0, Math.floor(options.months ?? 6));
  const nowMs = toMs(options.now ?? inventory.generatedAt);
  const analysis = options.analysis ?? analyze(inventory, { now: nowMs });
  const current = computeSnapshot(inventory, analysis, { id: `snap-${monthsBefore(nowMs, 0).slice(0, 10)}`, takenAt: monthsBefore(nowMs, 0), importId: null });
  const out: Snapshot[] = [];
  let previousOpen: number | null = null;
  for (let k = months; k >= 1; k--) {
    const f = trend(k / months);
    const takenAt = monthsBefore(nowMs, k);
    const connections = Math.round(current.connections * (1 - 0.02 * k));
    const sev = current.openBySeverity;
    const openBySeverity = { critical: Math.round(sev.critical * f), high: Math.round(sev.high * f), medium: Math.round(sev.medium * f), low: Math.round(sev.low * f) };
    const open = openBySeverity.critical + openBySeverity.high + openBySeverity.medium + openBySeverity.low;
    const points = (Object.keys(openBySeverity) as (keyof typeof openBySeverity)[]).reduce((sum, s) => sum + openBySeverity[s] * POSTURE_WEIGHTS[s], 0);
    const churn = Math.round(open * 0.05);
    const diff = previousOpen === null ? 0 : open - previousOpen;
    out.push({
      id: `snap-${takenAt.slice(0, 10)}`,
      takenAt,
      importId: null,
      postureScore: connections === 0 ? 100 : Math.round(1000 / (1 + points / connections)) / 10,
      connections,
      personalCredentialConnections: Math.round(current.personalCredentialConnections * (1 + (f - 1) / 2)),
      peopleActingAsOthers: Math.round(current.peopleActingAsOthers * f),
      openBySeverity,
      openByOwasp: scale(current.openByOwasp, f),
      openByPlatform: scale(current.openByPlatform, f),
      openByBusinessUnit: scale(current.openByBusinessUnit, f),
      resolvedSincePrevious: previousOpen === null ? 0 : Math.max(0, -diff) + churn,
      newSincePrevious: previousOpen === null ? 0 : Math.max(0, diff) + churn,
    });
    previousOpen = open;
  }
  const currentOpen = analysis.detections.length;
  if (previousOpen !== null) {
    const diff = currentOpen - previousOpen;
    const churn = Math.round(currentOpen * 0.05);
    current.newSincePrevious = Math.max(0, diff) + churn;
    current.resolvedSincePrevious = Math.max(0, -diff) + churn;
  }
  out.push(current);
  return out;
}
