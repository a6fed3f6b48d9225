import type { Finding } from '../../contract/findings';
import type { ServiceState } from '../state';

const ACTIVE = new Set<Finding['state']>(['open', 'in_progress']);

/** Open and in progress: what still needs someone's work, and what "open findings" counts everywhere. */
export function isActive(f: Finding) {
  return ACTIVE.has(f.state);
}

/**
 * Lookups over the findings, rebuilt when they change. Which findings concern a subject only changes when
 * an import swaps the set (a new Map); open counts change with every triage edit, which bumps
 * `state.findingsRevision` (see `findingsChanged`).
 */
export interface FindingsIndex {
  /** Finding ids per subject, including findings that name it among their related ids. */
  bySubject: Map<string, string[]>;
  openCount: (subjectId: string) => number;
  /** Sorted connection positions for sorts by open findings, valid for this revision only. */
  orders: Map<string, Int32Array>;
}

interface Cached { size: number; revision: number; bySubject: Map<string, string[]>; open: Map<string, number>; orders: Map<string, Int32Array> }

const cache = new WeakMap<Map<string, Finding>, Cached>();

function subjectsOf(findings: Map<string, Finding>) {
  const bySubject = new Map<string, string[]>();
  for (const f of findings.values()) {
    for (const subject of new Set([f.subjectId, ...f.relatedIds])) {
      const list = bySubject.get(subject);
      if (list) list.push(f.id);
      else bySubject.set(subject, [f.id]);
    }
  }
  return bySubject;
}

function openCounts(findings: Map<string, Finding>) {
  const open = new Map<string, number>();
  for (const f of findings.values()) if (isActive(f)) open.set(f.subjectId, (open.get(f.subjectId) ?? 0) + 1);
  return open;
}

export function openFindingsIndex(state: ServiceState): FindingsIndex {
  let entry = cache.get(state.findings);
  if (!entry || entry.size !== state.findings.size) {
    entry = { size: state.findings.size, revision: state.findingsRevision, bySubject: subjectsOf(state.findings), open: openCounts(state.findings), orders: new Map() };
    cache.set(state.findings, entry);
  } else if (entry.revision !== state.findingsRevision) {
    Object.assign(entry, { revision: state.findingsRevision, open: openCounts(state.findings), orders: new Map() });
  }
  const { bySubject, open, orders } = entry;
  return { bySubject, orders, openCount: (id) => open.get(id) ?? 0 };
}

/** Call after any change to a finding in memory, so counts and orders derived from findings are recomputed. */
export function findingsChanged(state: ServiceState) {
  state.findingsRevision++;
}

/** The findings about any of the subjects (or naming them as related), riskiest first. */
export function findingsOf(state: ServiceState, subjectIds: Iterable<string>): Finding[] {
  const { bySubject } = openFindingsIndex(state);
  const ids = new Set<string>();
  for (const subject of subjectIds) for (const id of bySubject.get(subject) ?? []) ids.add(id);
  return [...ids].map((id) => state.findings.get(id)).filter((f) => f !== undefined).sort((a, b) => b.riskScore - a.riskScore);
}
