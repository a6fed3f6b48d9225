import { z } from './zod';
import { FindingsFilter } from './findings';

/**
 * Remediation campaigns: a named set of findings chosen by a filter ("move personal SQL credentials to service
 * principals"), with an owner, a target date and progress computed from the stored findings at read time.
 */

/** The findings filter's parameter names, taken from the queue's own schema so a new filter needs no change here. */
export const CAMPAIGN_FILTER_KEYS = FindingsFilter.keyof().options;
export type CampaignFilterKey = (typeof CAMPAIGN_FILTER_KEYS)[number];

/**
 * The filter in the queue's URL spelling (`severity: 'high,critical'`), so the campaign can link to the queue
 * and a person can read it back. Each value is checked by the findings list's own filter schema.
 */
export const CampaignFilter = z
  .partialRecord(z.enum(CAMPAIGN_FILTER_KEYS), z.string().max(2000))
  .superRefine((filter, ctx) => {
    const parsed = FindingsFilter.safeParse(filter);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type CampaignFilter = z.infer<typeof CampaignFilter>;

/** A campaign's frozen set is capped: past it, the filter is too broad to be one piece of work. */
export const MAX_CAMPAIGN_FINDINGS = 50_000;

const name = z
  .string()
  .trim()
  .min(1, 'Give the campaign a name')
  .max(120, 'At most 120 characters')
  .regex(/^[^\p{Cc}]*$/u, 'No control characters');
const description = z.string().trim().max(2000, 'At most 2,000 characters');
/** A calendar day (YYYY-MM-DD): the campaign is due by the end of it. */
const targetDate = z.iso.date('A calendar date, YYYY-MM-DD');
const ownerId = z.string().trim().min(1, 'Choose an owner').max(200);

export const NewCampaign = z.object({ name, description: description.optional(), filter: CampaignFilter, ownerId, targetDate });
export type NewCampaign = z.infer<typeof NewCampaign>;

/** An edit carries the version it was made against (409 when stale); the filter and its findings are fixed. */
export const CampaignPatch = z
  .object({ version: z.number().int().positive(), name: name.optional(), description: description.optional(), ownerId: ownerId.optional(), targetDate: targetDate.optional() })
  .refine((p) => p.name !== undefined || p.description !== undefined || p.ownerId !== undefined || p.targetDate !== undefined, {
    message: 'Change at least one field',
  });
export type CampaignPatch = z.infer<typeof CampaignPatch>;

export const CampaignProgress = z.object({
  /** Findings the campaign froze at its start. */
  total: z.number().int().nonnegative(),
  /** Of those, closed now: resolved, risk accepted or false positive. */
  resolved: z.number().int().nonnegative(),
  /** Of those, open or in progress now. */
  open: z.number().int().nonnegative(),
  /** Of the open ones, past their own due date. */
  overdue: z.number().int().nonnegative(),
  /** resolved / total, rounded down to a whole percent (100 only when every finding is closed). */
  percent: z.number().int().min(0).max(100),
});
export type CampaignProgress = z.infer<typeof CampaignProgress>;

export const Campaign = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  filter: z.partialRecord(z.enum(CAMPAIGN_FILTER_KEYS), z.string()),
  ownerId: z.string(),
  /** The owner's display name now (null if the account is gone), for showing; `ownerId` is the reference. */
  ownerName: z.string().nullable(),
  targetDate: z.iso.date(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string(),
  version: z.number().int().positive(),
  progress: CampaignProgress,
  /** The findings queue's URL parameters that show exactly this campaign's findings, in every state. */
  queueParams: z.record(z.string(), z.string()),
});
export type Campaign = z.infer<typeof Campaign>;

export const CampaignDeleted = z.object({ status: z.literal('deleted'), id: z.string() });
