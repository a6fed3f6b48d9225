import { z } from './zod';

export const ImportFormat = z.enum(['native', 'power_platform', 'n8n', 'csv']);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const ImportRecord = z.object({
  id: z.string(),
  at: z.iso.datetime({ offset: true }),
  by: z.string(),
  format: ImportFormat,
  fileName: z.string(),
  status: z.enum(['succeeded', 'failed']),
  counts: z.object({
    principals: z.number().int().nonnegative(),
    connections: z.number().int().nonnegative(),
    apps: z.number().int().nonnegative(),
    shares: z.number().int().nonnegative(),
  }),
  findings: z.object({
    new: z.number().int().nonnegative(),
    resolved: z.number().int().nonnegative(),
    reopened: z.number().int().nonnegative(),
  }),
  /** Failed imports: what was wrong, where. A failed import changes nothing. */
  errors: z.array(z.object({ line: z.number().int().optional(), field: z.string(), message: z.string() })),
  /** How many errors there were when more than the listed first 100. */
  errorsTotal: z.number().int().nonnegative().optional(),
  /** Succeeded imports: what was kept but deserves a look (unknown connector types, dangling references). */
  warnings: z.array(z.object({ line: z.number().int().optional(), field: z.string(), message: z.string() })).optional(),
  /** Secret values the importer saw and dropped (only counted, never kept). */
  secretsDropped: z.number().int().nonnegative(),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

export const ImportRequest = z.object({
  format: ImportFormat,
  fileName: z.string().min(1).max(255),
  /** The file's text; the server caps request size. */
  content: z.string().min(1),
});
export type ImportRequest = z.infer<typeof ImportRequest>;
