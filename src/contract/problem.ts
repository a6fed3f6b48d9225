import { z } from './zod';

/** RFC 9457 problem details: the one error shape of the API. */
export const Problem = z.object({
  type: z.string().default('about:blank'),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string().optional(),
  instance: z.string().optional(),
  /** Field-level errors: where (a dotted path, a file line) and what. */
  errors: z
    .array(z.object({ field: z.string(), message: z.string(), line: z.number().int().optional() }))
    .optional(),
  /** Conflicts only: the current record, so the client can show what changed. */
  current: z.unknown().optional(),
});
export type Problem = z.infer<typeof Problem>;
