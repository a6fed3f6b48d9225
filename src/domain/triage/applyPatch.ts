import type { Finding, FindingEvent, FindingPatch } from '../../contract/findings';
import { VersionConflictError } from './errors';

export type NewEvent = Omit<FindingEvent, 'id'>;

/**
 * Applies one triage edit: the single implementation of the lifecycle that the mock and the server share.
 * The patch has already passed the contract (which enforces justification/expiry/reason); this checks the
 * version and records one audit event per changed aspect, with before and after.
 */
export function applyPatch(finding: Finding, patch: FindingPatch, actor: string, now: Date): { finding: Finding; events: NewEvent[] } {
  if (patch.version !== finding.version) throw new VersionConflictError(finding);
  const at = now.toISOString();
  const next: Finding = { ...finding };
  const events: NewEvent[] = [];
  const record = (action: NewEvent['action'], before: Record<string, unknown>, after: Record<string, unknown>) =>
    events.push({ findingId: finding.id, at, actor, action, before, after });

  if (patch.state !== undefined && patch.state !== finding.state) {
    next.state = patch.state;
    next.justification = patch.state === 'risk_accepted' ? (patch.justification ?? null) : null;
    next.acceptedUntil = patch.state === 'risk_accepted' ? (patch.acceptedUntil ?? null) : null;
    next.reason = patch.state === 'false_positive' ? (patch.reason ?? null) : null;
    record(
      'state_changed',
      { state: finding.state },
      { state: next.state, justification: next.justification, acceptedUntil: next.acceptedUntil, reason: next.reason },
    );
  }
  if (patch.assigneeId !== undefined && patch.assigneeId !== finding.assigneeId) {
    next.assigneeId = patch.assigneeId;
    record('assigned', { assigneeId: finding.assigneeId }, { assigneeId: next.assigneeId });
  }
  if (patch.dueAt !== undefined && patch.dueAt !== finding.dueAt) {
    next.dueAt = patch.dueAt;
    record('due_date_set', { dueAt: finding.dueAt }, { dueAt: next.dueAt });
  }
  if (patch.comment !== undefined) {
    events.push({ findingId: finding.id, at, actor, action: 'commented', before: {}, after: {}, comment: patch.comment });
  }
  if (events.length === 0) return { finding, events };
  next.version = finding.version + 1;
  next.updatedAt = at;
  return { finding: next, events };
}

/** Accepted risks are accepted until a date; after it they are open again, with the reason recorded. */
export function expireAcceptance(finding: Finding, now: Date): { finding: Finding; events: NewEvent[] } {
  if (finding.state !== 'risk_accepted' || !finding.acceptedUntil || Date.parse(finding.acceptedUntil) > now.getTime()) {
    return { finding, events: [] };
  }
  const at = now.toISOString();
  return {
    finding: { ...finding, state: 'open', justification: null, acceptedUntil: null, version: finding.version + 1, updatedAt: at },
    events: [{
      findingId: finding.id, at, actor: 'system', action: 'reopened',
      before: { state: 'risk_accepted', acceptedUntil: finding.acceptedUntil }, after: { state: 'open', reason: 'risk acceptance expired' },
    }],
  };
}
