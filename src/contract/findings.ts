import { z } from 'zod';
import { Detection, Severity, OwaspId } from './rules';
import { Environment, Platform } from './inventory';
import { csvOf, ListQuery, sortOf } from './pagination';

export const TriageState = z.enum(['open', 'in_progress', 'resolved', 'risk_accepted', 'false_positive']);
export type TriageState = z.infer<typeof TriageState>;

const isoDate = z.iso.datetime({ offset: true });

/** A detection with its triage: the record analysts work on. Identity (id = detection key) survives re-imports. */
export const Finding = Detection.extend({
  id: z.string(),
  title: z.string(),
  platform: Platform.nullable(),
  environment: Environment.nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  state: TriageState,
  assigneeId: z.string().nullable(),
  dueAt: isoDate.nullable(),
  justification: z.string().nullable(),
  acceptedUntil: isoDate.nullable(),
  reason: z.string().nullable(),
  firstSeenAt: isoDate,
  updatedAt: isoDate,
  /** Optimistic concurrency: an edit must carry the version it was made against. */
  version: z.number().int().positive(),
});
export type Finding = z.infer<typeof Finding>;

export const FindingEvent = z.object({
  id: z.string(),
  findingId: z.string(),
  at: isoDate,
  actor: z.string(),
  action: z.enum(['detected', 'state_changed', 'assigned', 'due_date_set', 'commented', 'auto_resolved', 'reopened']),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
  comment: z.string().optional(),
});
export type FindingEvent = z.infer<typeof FindingEvent>;

export const FindingDetail = z.object({ finding: Finding, events: z.array(FindingEvent) });

const text = z.string().trim().min(1).max(2000);

const triageChange = {
  state: TriageState.optional(),
  assigneeId: z.string().max(200).nullable().optional(),
  dueAt: isoDate.nullable().optional(),
  justification: text.optional(),
  acceptedUntil: isoDate.optional(),
  reason: text.optional(),
  comment: text.optional(),
};

/** Lifecycle rules that need more than one field, shared by the single and the bulk edit. */
function lifecycleRules(p: { state?: TriageState | undefined; justification?: string | undefined; acceptedUntil?: string | undefined; reason?: string | undefined }, ctx: z.RefinementCtx) {
  if (p.state === 'risk_accepted') {
    if (!p.justification) ctx.addIssue({ code: 'custom', path: ['justification'], message: 'Accepting a risk requires a justification' });
    if (!p.acceptedUntil) ctx.addIssue({ code: 'custom', path: ['acceptedUntil'], message: 'Accepting a risk requires an expiry date' });
  }
  if (p.state === 'false_positive' && !p.reason) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Marking a false positive requires a reason' });
  }
}

/** A triage edit. Lifecycle rules that need more than one field are checked here, once, for every implementation. */
export const FindingPatch = z
  .object({ version: z.number().int().positive(), ...triageChange })
  .superRefine(lifecycleRules);
export type FindingPatch = z.infer<typeof FindingPatch>;

export const FINDING_SORTS = ['riskScore', 'severity', 'firstSeenAt', 'dueAt', 'exposure'] as const;

export const FindingsQuery = ListQuery.extend({
  severity: csvOf(Severity).optional(),
  state: csvOf(TriageState).optional(),
  ruleId: csvOf(z.string().max(100)).optional(),
  owasp: OwaspId.optional(),
  platform: csvOf(Platform).optional(),
  environment: csvOf(Environment).optional(),
  assigneeId: z.string().max(200).optional(),
  subjectId: z.string().max(200).optional(),
  sort: sortOf(FINDING_SORTS),
});
export type FindingsQuery = z.infer<typeof FindingsQuery>;

/** The filter part of the queue's query: what "all N matching this filter" means in a bulk edit. */
export const FindingsFilter = FindingsQuery.omit({ cursor: true, limit: true, sort: true });
export type FindingsFilter = z.infer<typeof FindingsFilter>;

export const MAX_BULK = 20_000;

/**
 * One triage change applied to many findings at once, atomically: either explicit ids or a filter (as the queue
 * shows it). No version: the server applies it to each finding's current version, and records every change.
 */
export const BulkFindingsRequest = z
  .object({
    ids: z.array(z.string().min(1).max(200)).min(1).max(MAX_BULK).optional(),
    filter: FindingsFilter.optional(),
    patch: z.object(triageChange).superRefine(lifecycleRules),
  })
  .superRefine((b, ctx) => {
    if ((b.ids === undefined) === (b.filter === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['ids'], message: 'Give either ids or a filter, not both or neither' });
    }
    if (Object.values(b.patch).every((v) => v === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['patch'], message: 'The patch changes nothing' });
    }
  });
export type BulkFindingsRequest = z.infer<typeof BulkFindingsRequest>;

export const BulkFindingsResult = z.object({
  /** Findings the request selected (ids found, or rows matching the filter). */
  matched: z.number().int().nonnegative(),
  /** Findings that changed; each has its audit events. */
  updated: z.number().int().nonnegative(),
  /** Audit events written, across all updated findings. */
  events: z.number().int().nonnegative(),
  /** Selected but not changed, and why (unknown id, already in that state). */
  skipped: z.array(z.object({ id: z.string(), reason: z.string() })),
});
export type BulkFindingsResult = z.infer<typeof BulkFindingsResult>;
