import { z } from './zod';
import { FindingsFilter } from './findings';

/** A figure, or why there is none: too small a sample would make a number that one outlier decides. */
export const Metric = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), value: z.number(), sample: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('insufficient'), sample: z.number().int().nonnegative(), needed: z.number().int().positive() }),
]);
export type Metric = z.infer<typeof Metric>;

/**
 * The queue's filter without states: both figures need every state (open ones for SLA compliance, resolved ones
 * for time to remediate), so a state filter would only make them wrong.
 */
export const FindingMetricsQuery = FindingsFilter.omit({ state: true });
export type FindingMetricsQuery = z.infer<typeof FindingMetricsQuery>;

/** Figures over the findings matching a filter, computed where the findings are instead of shipping them all. */
export const FindingMetrics = z.object({
  /** Findings in every state matching the filter: what the figures cover. */
  findings: z.number().int().nonnegative(),
  sla: Metric,
  mttr: Metric,
});
export type FindingMetrics = z.infer<typeof FindingMetrics>;
