import type { ConnectionRow, PrincipalRow, AppRow } from '../../contract/entities';
import type { Finding } from '../../contract/findings';
import type { ServiceState } from '../state';
import { notFound } from '../problems';

const ACTIVE = new Set(['open', 'in_progress']);

export function isActive(f: Finding) {
  return ACTIVE.has(f.state);
}

function openFindingsBySubject(state: ServiceState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of state.findings.values()) {
    if (isActive(f)) counts.set(f.subjectId, (counts.get(f.subjectId) ?? 0) + 1);
  }
  return counts;
}

export function connectionRows(state: ServiceState, ids?: readonly string[]): ConnectionRow[] {
  const open = openFindingsBySubject(state);
  const source = ids ? ids.map((id) => state.connections.get(id)).filter((c) => c !== undefined) : state.inventory.connections;
  return source.map((c) => {
    const identity = state.principals.get(c.authenticatesAs);
    const facts = state.analysis.connectionFacts.get(c.id);
    return {
      ...c,
      targetName: state.targets.get(c.targetId)?.name ?? c.targetId,
      authenticatesAsName: identity?.name ?? c.authenticatesAs,
      authenticatesAsKind: identity?.kind ?? 'service_account',
      personalCredential: identity?.kind === 'person',
      ownerName: state.principals.get(c.ownerId)?.name ?? c.ownerId,
      explicitShares: facts?.explicitShares ?? 0,
      implicitShares: facts?.implicitShares ?? 0,
      actors: facts?.actors ?? 0,
      riskScore: facts?.riskScore ?? 0,
      openFindings: open.get(c.id) ?? 0,
    };
  });
}

export function connectionRow(state: ServiceState, id: string): ConnectionRow {
  const [row] = connectionRows(state, [id]);
  if (!row) throw notFound('Connection', id);
  return row;
}

export function principalRows(state: ServiceState): PrincipalRow[] {
  const credentialsIn = new Map<string, number>();
  for (const c of state.inventory.connections) credentialsIn.set(c.authenticatesAs, (credentialsIn.get(c.authenticatesAs) ?? 0) + 1);
  return state.inventory.principals.map((p) => ({
    ...p,
    riskScore: state.analysis.principalScores.get(p.id)?.value ?? 0,
    credentialsIn: credentialsIn.get(p.id) ?? 0,
  }));
}

export function appRows(state: ServiceState): AppRow[] {
  const sharedWith = new Map<string, number>();
  for (const s of state.inventory.shares) {
    if (s.resourceType === 'app') sharedWith.set(s.resourceId, (sharedWith.get(s.resourceId) ?? 0) + 1);
  }
  return state.inventory.apps.map((a) => ({
    ...a,
    ownerName: state.principals.get(a.ownerId)?.name ?? a.ownerId,
    sharedWith: sharedWith.get(a.id) ?? 0,
  }));
}

export function findingsOf(state: ServiceState, subjectIds: ReadonlySet<string>): Finding[] {
  return [...state.findings.values()]
    .filter((f) => subjectIds.has(f.subjectId) || f.relatedIds.some((r) => subjectIds.has(r)))
    .sort((a, b) => b.riskScore - a.riskScore);
}
