import type { Detection } from '../../contract/rules';
import type { Finding } from '../../contract/findings';
import type { Environment, Platform } from '../../contract/inventory';
import type { NewEvent } from './applyPatch';
import { dueDateFor, type SlaPolicy, DEFAULT_SLA } from './sla';

/** What a detection's subject looks like in the inventory, for the finding's filterable columns. */
export interface SubjectContext {
  title: string;
  platform: Platform | null;
  environment: Environment | null;
  ownerId: string | null;
  ownerName: string | null;
}

export interface ReconcileResult {
  findings: Finding[];
  events: NewEvent[];
  counts: { new: number; resolved: number; reopened: number };
}

const CLOSED_BY_ANALYST = new Set(['risk_accepted', 'false_positive']);

/**
 * Merges a fresh set of detections into the stored findings after an import. Identity is the detection key
 * (rule + subject), so triage survives re-imports; a finding the import no longer reproduces is resolved with
 * that reason, and one that comes back after being resolved is reopened.
 */
export function reconcile(
  existing: ReadonlyMap<string, Finding>,
  detections: readonly Detection[],
  contextOf: (d: Detection) => SubjectContext,
  now: Date,
  sla: SlaPolicy = DEFAULT_SLA,
): ReconcileResult {
  const at = now.toISOString();
  const findings: Finding[] = [];
  const events: NewEvent[] = [];
  const counts = { new: 0, resolved: 0, reopened: 0 };
  const seen = new Set<string>();

  for (const d of detections) {
    seen.add(d.key);
    const ctx = contextOf(d);
    const prior = existing.get(d.key);
    if (!prior) {
      counts.new++;
      findings.push({
        ...d, ...ctx, id: d.key, state: 'open', assigneeId: null, dueAt: dueDateFor(d.severity, now, sla),
        justification: null, acceptedUntil: null, reason: null, firstSeenAt: at, updatedAt: at, version: 1,
      });
      events.push({ findingId: d.key, at, actor: 'system', action: 'detected', before: {}, after: { state: 'open' } });
      continue;
    }
    const refreshed: Finding = { ...prior, ...d, ...ctx, id: prior.id };
    if (prior.state === 'resolved') {
      counts.reopened++;
      findings.push({ ...refreshed, state: 'open', reason: null, version: prior.version + 1, updatedAt: at });
      events.push({ findingId: prior.id, at, actor: 'system', action: 'reopened', before: { state: 'resolved' }, after: { state: 'open', reason: 'reproduced by import' } });
    } else {
      findings.push(refreshed);
    }
  }

  for (const prior of existing.values()) {
    if (seen.has(prior.id)) continue;
    if (prior.state === 'resolved' || CLOSED_BY_ANALYST.has(prior.state)) {
      findings.push(prior);
      continue;
    }
    counts.resolved++;
    findings.push({ ...prior, state: 'resolved', reason: 'not reproduced by import', version: prior.version + 1, updatedAt: at });
    events.push({ findingId: prior.id, at, actor: 'system', action: 'auto_resolved', before: { state: prior.state }, after: { state: 'resolved', reason: 'not reproduced by import' } });
  }
  return { findings, events, counts };
}
