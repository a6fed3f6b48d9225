import { z } from './zod';
import { FindingsQuery } from './findings';

/**
 * The queue's URL parameters a saved view keeps: its filter, grouping and sort (not the open finding or the
 * page). Kept as the URL spells them, so applying a view is setting the URL, and a filter added later needs no
 * schema change here beyond its name.
 */
export const SAVED_VIEW_KEYS = [
  'q', 'severity', 'ruleId', 'owasp', 'platform', 'environment', 'owner', 'assigneeId', 'assignment', 'state',
  'sla', 'minAgeDays', 'maxAgeDays', 'groupBy', 'sort',
] as const;
export type SavedViewKey = (typeof SAVED_VIEW_KEYS)[number];

/** The queue's "every state" tab; without `state` the queue shows active findings. Not a FindingsQuery value. */
export const ALL_STATES = 'all';

/** A view's parameters must be ones the queue can ask for: each is checked against the findings query itself. */
export const SavedViewParams = z
  .partialRecord(z.enum(SAVED_VIEW_KEYS), z.string().max(2000))
  .superRefine((params, ctx) => {
    const { state, ...rest } = params;
    const parsed = FindingsQuery.safeParse(state === ALL_STATES ? rest : params);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type SavedViewParams = z.infer<typeof SavedViewParams>;

/** Names are the user's own text: any printable characters (rendered as text), no control characters. */
export const SavedViewName = z
  .string()
  .trim()
  .min(1, 'Give the view a name')
  .max(80, 'At most 80 characters')
  .regex(/^[^\p{Cc}]*$/u, 'No control characters');

export const NewSavedView = z.object({ name: SavedViewName, params: SavedViewParams });
export type NewSavedView = z.infer<typeof NewSavedView>;

export const SavedView = z.object({
  id: z.string(),
  name: z.string(),
  params: z.partialRecord(z.enum(SAVED_VIEW_KEYS), z.string()),
  createdAt: z.iso.datetime({ offset: true }),
});
export type SavedView = z.infer<typeof SavedView>;

/** A user keeps at most this many views; past it, saving one more answers 409. */
export const MAX_SAVED_VIEWS = 100;

export const SavedViewDeleted = z.object({ status: z.literal('deleted'), id: z.string() });
