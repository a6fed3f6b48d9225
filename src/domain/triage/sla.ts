import type { Finding, SlaStatus } from '../../contract/findings';
import type { Severity } from '../../contract/rules';

/** Days to remediate per severity; editable by CoE leads, so it is data, not a constant in the rules. */
export type SlaPolicy = Record<Severity, number>;
export const DEFAULT_SLA: SlaPolicy = { critical: 7, high: 30, medium: 90, low: 180 };

const DAY_MS = 86_400_000;

export function dueDateFor(severity: Severity, from: Date, sla: SlaPolicy = DEFAULT_SLA): string {
  return new Date(from.getTime() + sla[severity] * DAY_MS).toISOString();
}

const OPEN_STATES = new Set<Finding['state']>(['open', 'in_progress']);

/** Open or in progress: the work still to do. */
export const isOpen = (f: Pick<Finding, 'state'>) => OPEN_STATES.has(f.state);

/** Past its due date and still open; a finding without a due date cannot be late. */
export const isOverdue = (f: Pick<Finding, 'state' | 'dueAt'>, now: Date) =>
  isOpen(f) && f.dueAt !== null && Date.parse(f.dueAt) < now.getTime();

/**
 * SLA compliance in percent: the share of open or in-progress findings not past their due date; null when
 * nothing is open, since there is nothing to comply with. The one definition every view uses.
 */
export function slaCompliance(findings: readonly Finding[], now: Date): { percent: number | null; open: number; overdue: number } {
  const open = findings.filter(isOpen);
  const overdue = open.filter((f) => isOverdue(f, now)).length;
  return { percent: open.length === 0 ? null : (100 * (open.length - overdue)) / open.length, open: open.length, overdue };
}

/** How close a due date must be to count as "due soon": a week, the shortest SLA (critical), so it is never noise. */
export const DUE_SOON_DAYS = 7;

/**
 * Where an active finding stands against its due date; null for a closed one, whose clock stopped. Overdue is
 * strictly past the due instant (as `isOverdue`); due soon is from now up to and including DUE_SOON_DAYS ahead.
 */
export function slaStatus(f: Pick<Finding, 'state' | 'dueAt'>, now: Date): SlaStatus | null {
  if (!isOpen(f)) return null;
  if (f.dueAt === null) return 'no_due_date';
  const left = Date.parse(f.dueAt) - now.getTime();
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS * DAY_MS ? 'due_soon' : 'within_sla';
}

/** Whole days since the finding was first seen (0 on its first day). */
export const ageInDays = (f: Pick<Finding, 'firstSeenAt'>, now: Date) =>
  Math.floor((now.getTime() - Date.parse(f.firstSeenAt)) / DAY_MS);
