import type { Finding, FindingEvent } from '../../src/contract/findings';
import { sql, type Selectable, type Insertable } from 'kysely';
import type { FindingTable, FindingEventTable } from './schema';

/** Triage lives in its own columns; the rest of a finding (the rule's detection) is one JSON document. */
export function findingToRow(f: Finding): Insertable<FindingTable> {
  const { state, assigneeId, dueAt, justification, acceptedUntil, reason, firstSeenAt, updatedAt, version, ...detection } = f;
  return {
    id: f.id, detection: JSON.stringify(detection), state, assignee_id: assigneeId, due_at: dueAt, justification,
    accepted_until: acceptedUntil, reason, first_seen_at: firstSeenAt, updated_at: updatedAt, version,
  };
}

/** What every UPDATE of a finding sets, so other server instances find the change (migration 006). */
export const nextChangeSeq = () => sql<string>`nextval('findings_change_seq')`;

export function rowToFinding(r: Selectable<FindingTable>): Finding {
  return {
    ...(r.detection as Omit<Finding, 'state'>),
    id: r.id, state: r.state as Finding['state'], assigneeId: r.assignee_id, dueAt: r.due_at, justification: r.justification,
    acceptedUntil: r.accepted_until, reason: r.reason, firstSeenAt: r.first_seen_at, updatedAt: r.updated_at, version: r.version,
  };
}

export function eventToRow(e: FindingEvent): Insertable<FindingEventTable> {
  return {
    id: e.id, finding_id: e.findingId, at: e.at, actor: e.actor, action: e.action,
    before: JSON.stringify(e.before), after: JSON.stringify(e.after), comment: e.comment ?? null,
  };
}

export function rowToEvent(r: Selectable<FindingEventTable>): FindingEvent {
  return {
    id: r.id, findingId: r.finding_id, at: r.at, actor: r.actor, action: r.action as FindingEvent['action'],
    before: r.before, after: r.after, ...(r.comment !== null ? { comment: r.comment } : {}),
  };
}
