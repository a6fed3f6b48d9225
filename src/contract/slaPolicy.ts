import { z } from './zod';

/** Bounds of an SLA: at least a day, at most ten years. Checked by src/domain/triage/slaPolicy.ts (422). */
export const SLA_DAYS_MIN = 1;
export const SLA_DAYS_MAX = 3650;

/** The severities in the order their SLAs must be non-decreasing: a critical finding is never due later than a low one. */
export const SLA_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

const days = z.number().int().min(SLA_DAYS_MIN).max(SLA_DAYS_MAX);
const isoDate = z.iso.datetime({ offset: true });

/**
 * The SLA policy in force: days to remediate per severity. `updatedAt`/`updatedBy` are null for the built-in
 * default that nobody has changed yet. Editing carries `version` (409 when stale), as triage edits do.
 */
export const SlaPolicy = z.object({
  critical: days,
  high: days,
  medium: days,
  low: days,
  version: z.number().int().positive(),
  updatedAt: isoDate.nullable(),
  updatedBy: z.string().nullable(),
});
export type SlaPolicy = z.infer<typeof SlaPolicy>;

/**
 * Whole days per severity must lie in 1..3650 with critical <= high <= medium <= low. Only the type is checked
 * here (400); those rules answer 422 naming the field, from the one domain check the mock and server share.
 */
const requestedDays = z.number().describe(`Whole days, ${SLA_DAYS_MIN}..${SLA_DAYS_MAX}; critical <= high <= medium <= low (422 otherwise)`);
export const SlaPolicyUpdate = z.object({
  version: z.number().int().positive(),
  critical: requestedDays,
  high: requestedDays,
  medium: requestedDays,
  low: requestedDays,
});
export type SlaPolicyUpdate = z.infer<typeof SlaPolicyUpdate>;
