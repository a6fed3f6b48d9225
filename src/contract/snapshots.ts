import { z } from './zod';

const counts = z.record(z.string(), z.number().int().nonnegative());

/** Posture figures recorded at every import, so trends are history rather than invention. */
export const Snapshot = z.object({
  id: z.string(),
  takenAt: z.iso.datetime({ offset: true }),
  importId: z.string().nullable(),
  /** 0–100, higher is better. */
  postureScore: z.number().min(0).max(100),
  connections: z.number().int().nonnegative(),
  personalCredentialConnections: z.number().int().nonnegative(),
  /** People able to act with someone else's credentials. */
  peopleActingAsOthers: z.number().int().nonnegative(),
  openBySeverity: z.object({
    critical: z.number().int().nonnegative(),
    high: z.number().int().nonnegative(),
    medium: z.number().int().nonnegative(),
    low: z.number().int().nonnegative(),
  }),
  openByOwasp: counts,
  openByPlatform: counts,
  openByBusinessUnit: counts,
  resolvedSincePrevious: z.number().int().nonnegative(),
  newSincePrevious: z.number().int().nonnegative(),
});
export type Snapshot = z.infer<typeof Snapshot>;
