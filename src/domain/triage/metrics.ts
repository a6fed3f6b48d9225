import type { Finding } from '../../contract/findings';
import type { Metric } from '../../contract/findingMetrics';
import { slaCompliance as domainSlaCompliance } from './sla';

const DAY_MS = 86_400_000;
/** Fewer resolved findings than this make a mean that one outlier decides; we say so instead of showing it. */
export const MIN_RESOLVED_FOR_MTTR = 5;

/** SLA compliance (the domain's one definition) as a tile metric: nothing open means nothing to show. */
export function slaCompliance(findings: readonly Finding[], now: Date): Metric {
  const { percent, open } = domainSlaCompliance(findings, now);
  return percent === null ? { kind: 'insufficient', sample: 0, needed: 1 } : { kind: 'value', value: percent, sample: open };
}

/**
 * Mean days from first seen to resolution of resolved findings. The finding records no separate resolved-at,
 * so its last update stands in for it; that is exact unless someone edited the finding after resolving it.
 */
export function meanTimeToRemediate(findings: readonly Finding[]): Metric {
  const resolved = findings.filter((f) => f.state === 'resolved');
  if (resolved.length < MIN_RESOLVED_FOR_MTTR) return { kind: 'insufficient', sample: resolved.length, needed: MIN_RESOLVED_FOR_MTTR };
  const days = resolved.reduce((sum, f) => sum + Math.max(0, Date.parse(f.updatedAt) - Date.parse(f.firstSeenAt)) / DAY_MS, 0);
  return { kind: 'value', value: days / resolved.length, sample: resolved.length };
}
