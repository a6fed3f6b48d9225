import type { WhatIfChange, WhatIfResult } from '../contract/graph';
import type { Connection, Inventory, Principal } from '../contract/inventory';
import type { Policy } from '../contract/rules';
import { analyze, type Analysis } from './analyze';
import { UnknownNodeError } from './graph/errors';
import { DAY_MS, isoAt, toMs, type Instant } from './time';

export interface SimulateOptions {
  policy?: Policy;
  now?: Instant;
  /** An analysis of `inventory` already at hand (saves recomputing the "before" side). */
  before?: Analysis;
}

/** Applies the changes to a copy: the caller's inventory is never modified. */
function applyChanges(inv: Inventory, changes: readonly WhatIfChange[], nowMs: number, policy: Policy | undefined): { next: Inventory; touched: Set<string> } {
  const connections = new Map(inv.connections.map((c) => [c.id, c]));
  const apps = new Map(inv.apps.map((a) => [a.id, a]));
  let shares = inv.shares;
  const principals: Principal[] = [...inv.principals];
  const replaced = new Map<string, Connection>();
  const touched = new Set<string>();
  const edit = (id: string): Connection => {
    const current = replaced.get(id) ?? connections.get(id);
    if (!current) throw new UnknownNodeError(id);
    const copy: Connection = { ...current, credential: { ...current.credential }, transport: { ...current.transport } };
    replaced.set(id, copy);
    touched.add(id);
    return copy;
  };
  for (const change of changes) {
    switch (change.type) {
      case 'remove_share': {
        const s = shares.find((x) => x.id === change.shareId);
        if (!s) throw new UnknownNodeError(change.shareId);
        shares = shares.filter((x) => x.id !== change.shareId);
        if (s.resourceType === 'connection') touched.add(s.resourceId);
        else for (const cid of apps.get(s.resourceId)?.connectionIds ?? []) touched.add(cid);
        break;
      }
      case 'unshare_app': {
        const app = apps.get(change.appId);
        if (!app) throw new UnknownNodeError(change.appId);
        shares = shares.filter((x) => !(x.resourceType === 'app' && x.resourceId === change.appId));
        for (const cid of app.connectionIds) touched.add(cid);
        break;
      }
      case 'replace_identity': {
        // The fix the rules recommend: a dedicated service account with a vaulted, rotated, expiring secret.
        const c = edit(change.connectionId);
        const id = `sa-whatif-${c.id}`;
        if (!principals.some((p) => p.id === id)) {
          principals.push({ id, kind: 'service_account', name: change.servicePrincipalName ?? `svc-${c.name}`.slice(0, 200), status: 'active' });
        }
        c.authenticatesAs = id;
        c.authMethod = 'oauth_client_credentials';
        c.secretStorage = 'vault';
        const lifetime = Math.min(90, policy?.maxTokenLifetimeDays ?? 90);
        c.credential = { createdAt: isoAt(nowMs), lastRotatedAt: isoAt(nowMs), expiresAt: isoAt(nowMs + lifetime * DAY_MS) };
        break;
      }
      case 'drop_privilege': {
        const c = edit(change.connectionId);
        c.privilege = change.privilege;
        break;
      }
    }
  }
  const next: Inventory = {
    ...inv,
    principals,
    connections: inv.connections.map((c) => replaced.get(c.id) ?? c),
    shares,
  };
  return { next, touched };
}

/** Principals able to act through any of `ids`, as id → name. */
function actorsOf(a: Analysis, ids: readonly string[]): Map<string, string> {
  const g = a.graph;
  const out = new Map<string, string>();
  for (const id of ids) {
    const ci = g.data.index.get(id);
    if (ci === undefined) continue;
    for (const n of g.actorIndices(ci)) out.set(g.data.ids[n] as string, g.data.labels[n] as string);
  }
  return out;
}

const summary = (d: { key: string; ruleId: string; subjectName: string }) => ({ key: d.key, ruleId: d.ruleId, subjectName: d.subjectName });

/**
 * What-if: applies remove_share / unshare_app / replace_identity / drop_privilege to a copy, re-analyses, and
 * reports who loses the ability to act through the touched connections and which findings close or appear.
 */
export function simulate(inventory: Inventory, changes: readonly WhatIfChange[], options: SimulateOptions = {}): WhatIfResult {
  const nowMs = toMs(options.now ?? inventory.generatedAt);
  const before = options.before ?? analyze(inventory, { policy: options.policy, now: nowMs });
  const { next, touched } = applyChanges(inventory, changes, nowMs, options.policy);
  const after = analyze(next, { policy: options.policy, now: nowMs });
  const connectionIds = [...touched].sort();
  const actorsBefore = actorsOf(before, connectionIds);
  const actorsAfter = actorsOf(after, connectionIds);
  const byName = (a: { id: string; name: string }, b: { id: string; name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);
  const removedActors = [...actorsBefore].filter(([id]) => !actorsAfter.has(id)).map(([id, name]) => ({ id, name })).sort(byName);
  const remainingActors = [...actorsAfter].map(([id, name]) => ({ id, name })).sort(byName);
  const beforeKeys = new Set(before.detections.map((d) => d.key));
  const afterKeys = new Set(after.detections.map((d) => d.key));
  return {
    changes: [...changes],
    connectionIds,
    actorsBefore: actorsBefore.size,
    actorsAfter: actorsAfter.size,
    removedActors,
    remainingActors,
    closedFindings: before.detections.filter((d) => !afterKeys.has(d.key)).map(summary),
    newFindings: after.detections.filter((d) => !beforeKeys.has(d.key)).map(summary),
  };
}
