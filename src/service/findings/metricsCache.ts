import type { Finding } from '../../contract/findings';
import type { FindingMetrics, FindingMetricsQuery } from '../../contract/findingMetrics';
import { meanTimeToRemediate, slaCompliance } from '../../domain/triage/metrics';
import { isOpen } from '../../domain/triage/sla';
import type { ServiceState } from '../state';
import { findingsMatching } from './matchesFilter';

interface Entry { findings: Map<string, Finding>; revision: number; validUntil: number; value: FindingMetrics }

/** Distinct filters kept per state: the overview's platform filter and a few campaigns' worth. */
const MAX_ENTRIES = 64;
const cache = new WeakMap<ServiceState, Map<string, Entry>>();

/**
 * A filter whose matching set does not move with the clock or with anything but the findings: selecting by age or
 * SLA status changes as time passes, and a campaign can be deleted without a finding changing.
 */
const cacheable = (q: FindingMetricsQuery) => q.sla === undefined && q.minAgeDays === undefined && q.maxAgeDays === undefined && q.campaignId === undefined;

/** The first instant after `now` at which an open finding among these falls overdue (and SLA compliance moves). */
function nextDueAfter(findings: readonly Finding[], now: number): number {
  let next = Infinity;
  for (const f of findings) {
    if (f.dueAt === null || !isOpen(f)) continue;
    const due = Date.parse(f.dueAt);
    if (due >= now && due < next) next = due;
  }
  return next;
}

/**
 * The figures over the findings a filter matches: their count, SLA compliance now, mean time to remediate. On `l`
 * one pass over 47k findings costs ~0.2–0.3 s of the server's CPU, and every overview load asks for it while the
 * browser paints. The answer is kept until the findings change (a new revision or an import's new set) or the clock
 * reaches the next due date among the open ones: exactly as long as recomputing would give the same figures.
 */
export function findingMetrics(state: ServiceState, query: FindingMetricsQuery): FindingMetrics {
  const now = state.now();
  const key = cacheable(query) ? JSON.stringify(query) : null;
  let entries = cache.get(state);
  const hit = key === null ? undefined : entries?.get(key);
  if (hit && hit.findings === state.findings && hit.revision === state.findingsRevision && now.getTime() < hit.validUntil) return hit.value;

  const matching = findingsMatching(state, query, { ignoreState: true });
  const value: FindingMetrics = { findings: matching.length, sla: slaCompliance(matching, now), mttr: meanTimeToRemediate(matching) };
  if (key !== null) {
    if (!entries) cache.set(state, (entries = new Map()));
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(key, { findings: state.findings, revision: state.findingsRevision, validUntil: nextDueAfter(matching, now.getTime()), value });
  }
  return value;
}
