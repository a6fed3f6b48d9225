import type { Operations } from './operations';
import { notFound } from '../problems';
import { appRows, connectionRow, connectionRows, findingsOf, principalRow, isActive } from './rows';
import { inSet, matchesText, paginate, sortRows } from './paging';
import { Platform } from '../../contract/inventory';
import { filteredConnections } from '../inventory/filteredConnections';
import { sortedPrincipals } from '../inventory/sortedPrincipals';
import { connectionIndex, rowAt } from '../inventory/connectionIndex';
const SENSITIVITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;

/**
 * Actors listed on a connection's page; the total is always given, and the graph answers the rest. Paths for
 * 1,000 actors made the page's answer a few hundred KiB, most of it below the fold.
 */
const DETAIL_ACTORS = 100;

export const inventoryOperations = {
  // One pass over each list: a filter per platform walked every connection six times (~240 ms on `l`).
  platforms: (_, state) => {
    const count = () => new Map<string | null, number>();
    const [connections, apps, openFindings] = [count(), count(), count()];
    const add = (m: Map<string | null, number>, key: string | null) => m.set(key, (m.get(key) ?? 0) + 1);
    for (const c of state.inventory.connections) add(connections, c.platform);
    for (const a of state.inventory.apps) add(apps, a.platform);
    for (const f of state.findings.values()) if (isActive(f)) add(openFindings, f.platform);
    return {
      items: Platform.options.map((platform) => ({
        platform, connections: connections.get(platform) ?? 0, apps: apps.get(platform) ?? 0, openFindings: openFindings.get(platform) ?? 0,
      })),
    };
  },

  listConnections: ({ query }, state) => {
    const { positions, facets } = filteredConnections(state, query);
    const page = paginate(positions, query.cursor, query.limit);
    return { ...page, items: page.items.map((i) => rowAt(state, i)), facets };
  },

  getConnection: ({ params }, state) => {
    const connection = connectionRow(state, params.id);
    const target = state.targets.get(connection.targetId);
    const identity = state.principals.get(connection.authenticatesAs);
    const owner = state.principals.get(connection.ownerId);
    const score = state.analysis.connectionScores.get(connection.id);
    if (!target || !identity || !owner || !score) throw notFound('Connection', params.id);
    return {
      connection,
      target,
      identity,
      owner,
      score,
      apps: connectionIndex(state).appsByConnection.get(connection.id) ?? [],
      findings: findingsOf(state, [connection.id]),
      blastRadius: state.analysis.graph.blastRadius(connection.id, { limit: DETAIL_ACTORS }),
      activity: connectionIndex(state).activityByConnection.get(connection.id) ?? [],
    };
  },

  listPrincipals: ({ query }, state) => {
    const sorted = sortedPrincipals(state, query.sort);
    // Unfiltered (the overview's "most exposed identities"), the cached order is the answer: no copy of 191,000 rows.
    const rows = !query.kind?.length && !query.status && !query.q ? sorted : sorted.filter(
      (p) => inSet(query.kind, p.kind) && (!query.status || p.status === query.status) && matchesText(query.q, p.name, p.email, p.department),
    );
    return paginate(rows, query.cursor, query.limit);
  },

  getPrincipal: ({ params }, state) => {
    const found = state.principals.get(params.id);
    const principal = found && principalRow(state, found);
    const score = state.analysis.principalScores.get(params.id);
    if (!principal || !score) throw notFound('Principal', params.id);
    const memberOf = state.inventory.principals
      .filter((g) => g.kind === 'group' && g.members?.includes(principal.id))
      .map((g) => ({ id: g.id, name: g.name }));
    const members = (principal.members ?? [])
      .map((id) => state.principals.get(id))
      .filter((p) => p !== undefined)
      .map((p) => ({ id: p.id, name: p.name, kind: p.kind }));
    const credentialIds = connectionIndex(state).connectionsByIdentity.get(principal.id) ?? [];
    return {
      principal,
      score,
      credentialsIn: connectionRows(state, credentialIds),
      whoCanActAs: state.analysis.graph.whoCanActAs(principal.id),
      reach: state.analysis.graph.reach(principal.id),
      memberOf,
      members,
      findings: findingsOf(state, [principal.id, ...credentialIds]),
    };
  },

  listApps: ({ query }, state) => {
    const rows = appRows(state).filter((a) => inSet(query.platform, a.platform) && matchesText(query.q, a.name, a.ownerName));
    const sorted = sortRows(rows, query.sort, { name: (a) => a.name.toLowerCase(), sharedWith: (a) => a.sharedWith }, 'name');
    return paginate(sorted, query.cursor, query.limit);
  },

  getApp: ({ params }, state) => {
    const app = appRows(state).find((a) => a.id === params.id);
    if (!app) throw notFound('App', params.id);
    const shares = state.inventory.shares
      .filter((s) => s.resourceType === 'app' && s.resourceId === app.id)
      .map((s) => {
        const p = state.principals.get(s.principalId);
        return { ...s, principalName: p?.name ?? s.principalId, principalKind: p?.kind ?? 'person' as const };
      });
    return {
      app,
      connections: connectionRows(state, app.connectionIds),
      shares,
      findings: findingsOf(state, [app.id, ...app.connectionIds]),
    };
  },

  listShares: ({ query }, state) => {
    const rows = state.inventory.shares.filter(
      (s) => (!query.resourceId || s.resourceId === query.resourceId) && (!query.principalId || s.principalId === query.principalId),
    );
    return paginate(rows, query.cursor, query.limit);
  },

  listTargets: ({ query }, state) => {
    const rows = state.inventory.targets.filter((t) => matchesText(query.q, t.name, t.host));
    const sorted = sortRows(rows, query.sort, { name: (t) => t.name.toLowerCase(), sensitivity: (t) => SENSITIVITY_RANK[t.sensitivity] }, 'name');
    return paginate(sorted, query.cursor, query.limit);
  },
} satisfies Partial<Operations>;

