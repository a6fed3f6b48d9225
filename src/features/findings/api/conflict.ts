import { Finding } from '../../../contract/findings';
import { ApiError } from '../../../lib/apiClient';

const TRIAGE_FIELDS = ['state', 'assigneeId', 'dueAt', 'justification', 'acceptedUntil', 'reason'] as const;

export interface Conflict {
  current: Finding;
  /** What someone else changed since the edit's version: field, the value the user saw, the value now. */
  changes: { field: (typeof TRIAGE_FIELDS)[number]; was: string | null; now: string | null }[];
}

/** Reads a 409's problem: the server sends the current finding, so the user sees what changed, not just "stale". */
export function conflictOf(err: unknown, seen: Finding): Conflict | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const parsed = Finding.safeParse(err.problem.current);
  if (!parsed.success) return null;
  const current = parsed.data;
  const changes = TRIAGE_FIELDS.filter((k) => seen[k] !== current[k]).map((field) => ({ field, was: seen[field], now: current[field] }));
  return { current, changes };
}
