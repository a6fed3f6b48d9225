import type { Finding, FindingEvent } from '../../contract/findings';
import { SLA_DAYS_MAX, SLA_DAYS_MIN, SLA_SEVERITIES } from '../../contract/slaPolicy';
import { dueDateFor, isOpen, type SlaPolicy } from './sla';

export interface SlaPolicyIssue {
  field: (typeof SLA_SEVERITIES)[number];
  message: string;
}

/**
 * The rules of an SLA policy, checked once for the mock and the server: whole days within bounds, and a more
 * severe finding never gets longer than a less severe one (critical <= high <= medium <= low). An ordering
 * problem is reported on the less severe field, the one that falls below its neighbour.
 */
export function validateSlaDays(days: Readonly<SlaPolicy>): SlaPolicyIssue[] {
  const issues: SlaPolicyIssue[] = [];
  for (const field of SLA_SEVERITIES) {
    const value = days[field];
    if (!Number.isInteger(value)) issues.push({ field, message: 'Whole days only' });
    else if (value < SLA_DAYS_MIN || value > SLA_DAYS_MAX) issues.push({ field, message: `Between ${SLA_DAYS_MIN} and ${SLA_DAYS_MAX} days` });
  }
  if (issues.length > 0) return issues;
  for (let i = 1; i < SLA_SEVERITIES.length; i++) {
    const field = SLA_SEVERITIES[i]!;
    const stricter = SLA_SEVERITIES[i - 1]!;
    if (days[field] < days[stricter]) issues.push({ field, message: `At least as long as ${stricter} (${days[stricter]} days)` });
  }
  return issues;
}

/**
 * Findings whose due date a person set (a triage or bulk edit records `due_date_set`). Findings do not carry a
 * flag for it, and the audit log is the record of who did what, so it is the honest source: a due date nobody
 * ever edited is the one the policy gave at detection.
 */
export function manuallyDated(events: Iterable<Pick<FindingEvent, 'findingId' | 'action'>>): Set<string> {
  const ids = new Set<string>();
  for (const e of events) if (e.action === 'due_date_set') ids.add(e.findingId);
  return ids;
}

/** The due date the policy gives a finding: first seen plus its severity's days (what an import set at detection). */
export const policyDueDate = (f: Pick<Finding, 'severity' | 'firstSeenAt'>, policy: Readonly<SlaPolicy>) =>
  dueDateFor(f.severity, new Date(f.firstSeenAt), policy);

/**
 * What a new policy changes: every open or in-progress finding whose due date came from the policy gets the new
 * policy's date. Hand-set due dates are the analyst's decision and stay; closed findings keep theirs (their clock
 * stopped). Only findings whose date actually moves are returned, each one version on, so a triage edit made
 * against the old record is refused as stale rather than silently applied.
 */
export function recomputeDueDates(
  findings: Iterable<Finding>,
  manual: ReadonlySet<string>,
  policy: Readonly<SlaPolicy>,
  now: Date,
): { finding: Finding; previousVersion: number }[] {
  const at = now.toISOString();
  const changes: { finding: Finding; previousVersion: number }[] = [];
  for (const f of findings) {
    if (!isOpen(f) || manual.has(f.id)) continue;
    const dueAt = policyDueDate(f, policy);
    if (dueAt === f.dueAt) continue;
    changes.push({ finding: { ...f, dueAt, version: f.version + 1, updatedAt: at }, previousVersion: f.version });
  }
  return changes;
}
