import { z } from './zod';
import { Detection, Severity, OwaspId } from './rules';
import { Environment, Platform } from './inventory';
import { csvOf, ListQuery, pageOf, sortOf } from './pagination';

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

/**
 * Where an active finding stands against its due date (see src/domain/triage/sla.ts for the boundaries). A closed
 * finding has no SLA status: its clock stopped, so it matches none of these.
 */
export const SlaStatus = z.enum(['within_sla', 'due_soon', 'overdue', 'no_due_date']);
export type SlaStatus = z.infer<typeof SlaStatus>;

/** How the queue can be grouped: by rule, by the identity whose credentials are concerned, or by app. */
export const FindingGroupBy = z.enum(['rule', 'identity', 'app']);
export type FindingGroupBy = z.infer<typeof FindingGroupBy>;

const days = z.coerce.number().int().min(0).max(36_500);

export const FindingsQuery = ListQuery.extend({
  severity: csvOf(Severity).optional(),
  state: csvOf(TriageState).optional(),
  ruleId: csvOf(z.string().max(100)).optional(),
  owasp: OwaspId.optional(),
  platform: csvOf(Platform).optional(),
  environment: csvOf(Environment).optional(),
  /** The subject's owner: their principal id, or part of their name (case-insensitive). */
  owner: z.string().trim().min(1).max(200).optional(),
  assigneeId: z.string().max(200).optional(),
  /** Whether someone is assigned at all; `assigneeId` asks for one person. */
  assignment: z.enum(['assigned', 'unassigned']).optional(),
  subjectId: z.string().max(200).optional(),
  /** Only the findings a campaign froze at its start (404 for an unknown or closed campaign). */
  campaignId: z.string().max(200).optional(),
  sla: csvOf(SlaStatus).optional(),
  /** Age in whole days since the finding was first seen, both bounds inclusive. */
  minAgeDays: days.optional(),
  maxAgeDays: days.optional(),
  sort: sortOf(FINDING_SORTS),
  /** Answer with the groups (and their counts over every matching finding) and the items in group order. */
  groupBy: FindingGroupBy.optional(),
});
export type FindingsQuery = z.infer<typeof FindingsQuery>;

/** The filter part of the queue's query: what "all N matching this filter" means in a bulk edit. */
export const FindingsFilter = FindingsQuery.omit({ cursor: true, limit: true, sort: true, groupBy: true });
export type FindingsFilter = z.infer<typeof FindingsFilter>;

export const FindingGroup = z.object({
  /** The rule id, principal id or app id; empty for the findings that have none (e.g. no app uses the connection). */
  key: z.string(),
  label: z.string(),
  /** Matching findings in this group, across all pages. */
  count: z.number().int().nonnegative(),
});
export type FindingGroup = z.infer<typeof FindingGroup>;

/** Most groups one answer lists; the rest are counted in `groupsTotal`. */
export const MAX_GROUPS = 500;

export const FindingsPage = pageOf(Finding).extend({
  /** Counts per state, ignoring the state filter, so each state tab says what it would show. */
  stateCounts: z.record(z.string(), z.number().int()),
  /**
   * With `groupBy`: the groups, largest first. Items then come in group order, and `itemGroups[i]` is the key
   * of the group `items[i]` is shown under. A finding about a connection several apps use appears under each
   * app, so paging runs over those entries while `total` still counts distinct findings.
   */
  groups: z.array(FindingGroup).optional(),
  groupsTotal: z.number().int().nonnegative().optional(),
  itemGroups: z.array(z.string()).optional(),
});
export type FindingsPage = z.infer<typeof FindingsPage>;

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
