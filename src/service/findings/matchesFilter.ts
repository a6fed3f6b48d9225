import type { Finding, FindingsFilter } from '../../contract/findings';
import { ageInDays, slaStatus } from '../../domain/triage/sla';
import { inSet, matchesText } from '../operations/paging';
import { notFound } from '../problems';
import type { ServiceState } from '../state';

export interface FilterOptions {
  /** The state's clock: SLA status and age are relative to it, so the list and a bulk edit agree at one instant. */
  now: Date;
  /** The state tabs count every state, so the list asks once without the state filter. */
  ignoreState?: boolean;
}

function matchesOwner(owner: string | undefined, f: Finding) {
  if (!owner) return true;
  return f.ownerId === owner || (f.ownerName?.toLowerCase().includes(owner.toLowerCase()) ?? false);
}

function matchesAssignee(filter: FindingsFilter, f: Finding) {
  if (filter.assigneeId && f.assigneeId !== filter.assigneeId) return false;
  if (filter.assignment === 'assigned') return f.assigneeId !== null;
  if (filter.assignment === 'unassigned') return f.assigneeId === null;
  return true;
}

function matchesTime(filter: FindingsFilter, f: Finding, now: Date) {
  if (filter.sla?.length) {
    const status = slaStatus(f, now);
    if (status === null || !filter.sla.includes(status)) return false;
  }
  if (filter.minAgeDays === undefined && filter.maxAgeDays === undefined) return true;
  const age = ageInDays(f, now);
  return age >= (filter.minAgeDays ?? 0) && age <= (filter.maxAgeDays ?? Infinity);
}

/**
 * Whether a finding is in the queue's filter. One definition for the list and for bulk edits "on all matching
 * this filter", so a bulk change touches exactly the rows the analyst saw counted.
 */
export function matchesFilter(filter: FindingsFilter, f: Finding, { now, ignoreState = false }: FilterOptions): boolean {
  return (
    (ignoreState || inSet(filter.state, f.state)) &&
    inSet(filter.severity, f.severity) &&
    inSet(filter.ruleId, f.ruleId) &&
    inSet(filter.platform, f.platform ?? undefined) &&
    inSet(filter.environment, f.environment ?? undefined) &&
    (!filter.owasp || f.owasp.includes(filter.owasp)) &&
    matchesOwner(filter.owner, f) &&
    matchesAssignee(filter, f) &&
    (!filter.subjectId || f.subjectId === filter.subjectId || f.relatedIds.includes(filter.subjectId)) &&
    matchesTime(filter, f, now) &&
    matchesText(filter.q, f.title, f.subjectName, f.ownerName, f.ruleId)
  );
}

/**
 * The findings a filter selects, in state order: the one entry point for the queue, its figures, bulk edits and
 * campaigns, so that a campaign scope (`campaignId`: only the findings it froze at its start) means the same
 * everywhere. An unknown or closed campaign is "not found" rather than an empty list that looks like success.
 */
export function findingsMatching(state: ServiceState, filter: FindingsFilter, options: { ignoreState?: boolean } = {}): Finding[] {
  const now = state.now();
  let scope: ReadonlySet<string> | null = null;
  if (filter.campaignId !== undefined) {
    const campaign = state.campaigns.get(filter.campaignId);
    if (!campaign) throw notFound('Campaign', filter.campaignId);
    scope = new Set(campaign.findingIds);
  }
  const out: Finding[] = [];
  for (const f of state.findings.values()) {
    if ((scope === null || scope.has(f.id)) && matchesFilter(filter, f, { now, ignoreState: options.ignoreState })) out.push(f);
  }
  return out;
}
