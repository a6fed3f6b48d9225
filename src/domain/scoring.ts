import type { Sensitivity } from '../contract/inventory';
import type { RiskScore, Severity } from '../contract/rules';
import { scoreLines } from './scoreLines';

/**
 * Risk = severity × exposure × target sensitivity, on 0–100.
 * - severity weight: critical 1, high 0.75, medium 0.5, low 0.25 (the worst open finding);
 * - exposure factor: 0.4 with nobody else able to act, rising with log10 of the actors to 1 at 1,000 — the
 *   difference between 2 and 20 people matters as much as between 200 and 2,000;
 * - sensitivity weight of the target: critical 1, high 0.8, medium 0.6, low 0.4 (medium when unknown);
 * - +2 points for every further open finding on the subject (at most +10), so many smaller problems still rank.
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = { critical: 1, high: 0.75, medium: 0.5, low: 0.25 };
export const SENSITIVITY_WEIGHT: Record<Sensitivity, number> = { critical: 1, high: 0.8, medium: 0.6, low: 0.4 };

export function exposureFactor(actors: number): number {
  return 0.4 + 0.6 * Math.min(1, Math.log10(1 + Math.max(0, actors)) / 3);
}

/** The number alone, for one detection. */
export function riskValue(severity: Severity, exposure: number, sensitivity: Sensitivity | null, extraFindings = 0): number {
  const base = 100 * SEVERITY_WEIGHT[severity] * exposureFactor(exposure) * SENSITIVITY_WEIGHT[sensitivity ?? 'medium'];
  return Math.min(100, Math.round(base + Math.min(10, 2 * Math.max(0, extraFindings))));
}

const NO_FINDINGS_NOTE = 'No open findings: score 0.';
const LINES = scoreLines(SEVERITY_WEIGHT, SENSITIVITY_WEIGHT, exposureFactor);

/** A subject's explained score from its worst severity and the number of its findings. */
export function riskScore(severity: Severity | null, findings: number, exposure: number, sensitivity: Sensitivity | null): RiskScore {
  if (severity === null) {
    return { value: 0, severity: null, exposure, sensitivity, explanation: [NO_FINDINGS_NOTE, LINES.actors(exposure)] };
  }
  const extra = Math.max(0, findings - 1);
  const value = riskValue(severity, exposure, sensitivity, extra);
  const explanation = [LINES.severity(severity), LINES.exposure(exposure), LINES.sensitivity(sensitivity)];
  if (extra > 0) explanation.push(LINES.extra(extra));
  explanation.push(LINES.score(value));
  return { value, severity, exposure, sensitivity, explanation };
}
