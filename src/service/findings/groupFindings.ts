import type { Finding, FindingGroup, FindingGroupBy } from '../../contract/findings';
import { MAX_GROUPS } from '../../contract/findings';
import type { ServiceState } from '../state';

type Membership = (f: Finding) => { key: string; label: string }[];

const NONE = '';

/** Apps per connection, rebuilt only when an import swaps the apps (a new Map). */
const appsByConnection = new WeakMap<ServiceState['apps'], Map<string, string[]>>();

function appsOf(state: ServiceState, connectionId: string): string[] {
  let index = appsByConnection.get(state.apps);
  if (!index) {
    index = new Map();
    for (const app of state.apps.values()) {
      for (const c of app.connectionIds) index.set(c, [...(index.get(c) ?? []), app.id]);
    }
    appsByConnection.set(state.apps, index);
  }
  return index.get(connectionId) ?? [];
}

/**
 * The identity a finding is about: the principal whose credentials the connection holds (who anyone using it
 * acts as), the principal itself for identity findings, and the owner of an app.
 */
function identityOf(state: ServiceState, f: Finding): string | null {
  if (f.subjectType === 'principal') return f.subjectId;
  if (f.subjectType === 'connection') return state.connections.get(f.subjectId)?.authenticatesAs ?? f.ownerId;
  return f.ownerId;
}

function membership(state: ServiceState, by: FindingGroupBy): Membership {
  const principalName = (id: string) => state.principals.get(id)?.name ?? id;
  switch (by) {
    case 'rule':
      return (f) => [{ key: f.ruleId, label: f.title }];
    case 'identity':
      return (f) => {
        const id = identityOf(state, f);
        return [id ? { key: id, label: principalName(id) } : { key: NONE, label: 'No identity' }];
      };
    case 'app':
      // The apps the finding concerns: the app itself, or every app using the subject or a related connection.
      return (f) => {
        const apps = new Set<string>();
        for (const id of [f.subjectId, ...f.relatedIds]) {
          if (state.apps.has(id)) apps.add(id);
          else if (state.connections.has(id)) for (const a of appsOf(state, id)) apps.add(a);
        }
        if (apps.size === 0) return [{ key: NONE, label: 'Not used by any app' }];
        return [...apps].map((id) => ({ key: id, label: state.apps.get(id)?.name ?? id }));
      };
  }
}

export interface Grouped {
  groups: FindingGroup[];
  groupsTotal: number;
  /** Findings in group order (one entry per group a finding belongs to), each with its group's key. */
  entries: { finding: Finding; group: string }[];
}

/**
 * Groups sorted rows: groups largest first (then by label), rows inside each in the given order. Counts are over
 * every row, so the group headers are right however far the pages go.
 */
export function groupFindings(state: ServiceState, sorted: readonly Finding[], by: FindingGroupBy): Grouped {
  const memberOf = membership(state, by);
  const byKey = new Map<string, { group: FindingGroup; rows: Finding[] }>();
  for (const f of sorted) {
    for (const { key, label } of memberOf(f)) {
      const entry = byKey.get(key);
      if (entry) {
        entry.group.count++;
        entry.rows.push(f);
      } else {
        byKey.set(key, { group: { key, label, count: 1 }, rows: [f] });
      }
    }
  }
  const ordered = [...byKey.values()].sort((a, b) => b.group.count - a.group.count || a.group.label.localeCompare(b.group.label) || a.group.key.localeCompare(b.group.key));
  return {
    groups: ordered.slice(0, MAX_GROUPS).map((g) => g.group),
    groupsTotal: ordered.length,
    entries: ordered.flatMap((g) => g.rows.map((finding) => ({ finding, group: g.group.key }))),
  };
}
