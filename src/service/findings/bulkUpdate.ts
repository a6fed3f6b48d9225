import type { BulkFindingsRequest, BulkFindingsResult, Finding, FindingEvent } from '../../contract/findings';
import { applyPatch } from '../../domain/triage/applyPatch';
import { numberEvents, type ServiceState } from '../state';
import { findingsMatching } from './matchesFilter';
import { findingsChanged } from './findingsIndex';

/**
 * A bulk triage change, planned like every write (see ../writes.ts): computed against each finding's current
 * version with the one lifecycle implementation (`applyPatch`), touching nothing. The server commits all changed
 * rows and their events in one transaction, then applies; the mock applies at once.
 */
export interface BulkUpdatePlan {
  changes: { finding: Finding; previousVersion: number }[];
  events: FindingEvent[];
  result: BulkFindingsResult;
}

function selected(state: ServiceState, body: BulkFindingsRequest): { found: Finding[]; missing: string[] } {
  if (body.filter) {
    return { found: findingsMatching(state, body.filter), missing: [] };
  }
  const found: Finding[] = [];
  const missing: string[] = [];
  for (const id of new Set(body.ids ?? [])) {
    const f = state.findings.get(id);
    if (f) found.push(f);
    else missing.push(id);
  }
  return { found, missing };
}

export function planBulkUpdate(state: ServiceState, body: BulkFindingsRequest, actor: string): BulkUpdatePlan {
  const { found, missing } = selected(state, body);
  const now = state.now();
  const changes: BulkUpdatePlan['changes'] = [];
  const newEvents: Parameters<typeof numberEvents>[1][number][] = [];
  const skipped = missing.map((id) => ({ id, reason: 'not found' }));
  for (const current of found) {
    const { finding, events } = applyPatch(current, { ...body.patch, version: current.version }, actor, now);
    if (events.length === 0) {
      skipped.push({ id: current.id, reason: 'already as requested' });
      continue;
    }
    changes.push({ finding, previousVersion: current.version });
    newEvents.push(...events);
  }
  const events = numberEvents(state, newEvents);
  return { changes, events, result: { matched: found.length, updated: changes.length, events: events.length, skipped } };
}

export function applyBulkUpdate(state: ServiceState, plan: BulkUpdatePlan) {
  for (const { finding } of plan.changes) state.findings.set(finding.id, finding);
  findingsChanged(state);
  state.events.push(...plan.events);
}
