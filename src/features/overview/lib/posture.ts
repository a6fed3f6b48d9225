import type { Snapshot } from '../../../contract/snapshots';
import { POSTURE_WEIGHTS } from '../../../domain/snapshot';
import { SEVERITIES } from './series';

export interface PostureExplanation { terms: { severity: string; count: number; weight: number }[]; points: number; perConnection: number; score: number }

/**
 * The posture score of a snapshot worked through with its own figures, with the same weights the engine
 * uses, so a manager can check the number instead of trusting it.
 */
export function explainPosture(s: Snapshot): PostureExplanation {
  const terms = SEVERITIES.map((severity) => ({ severity, count: s.openBySeverity[severity], weight: POSTURE_WEIGHTS[severity] }));
  const points = terms.reduce((sum, t) => sum + t.count * t.weight, 0);
  const perConnection = s.connections === 0 ? 0 : points / s.connections;
  return { terms, points, perConnection, score: s.connections === 0 ? 100 : Math.round(1000 / (1 + perConnection)) / 10 };
}
