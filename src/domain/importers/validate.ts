import { z } from '../../contract/zod';
import { Activity, App, Connection, Inventory, Principal, Share, TargetSystem } from '../../contract/inventory';
import type { IssueList, JsonPath } from './issues';
import type { ImportProgress } from './types';

export interface PathIssue {
  path: JsonPath;
  message: string;
}

/** The document around the records: the native schema with each record list left unchecked, for the record pass. */
const Frame = Inventory.extend({
  principals: z.array(z.unknown()), targets: z.array(z.unknown()), connections: z.array(z.unknown()),
  apps: z.array(z.unknown()), shares: z.array(z.unknown()), activity: z.array(z.unknown()).default([]),
});
const SECTIONS = ['principals', 'targets', 'connections', 'apps', 'shares', 'activity'] as const;
/** Often enough for a progress line to move, rarely enough that drawing it costs nothing next to the checks. */
const REPORT_EVERY = 1000;

/**
 * The last gate of every importer: the native schema, then the references between records (zod checks each
 * record alone; a connection pointing at a principal that is not in the file is only visible here). Records are
 * checked one at a time rather than in one parse of the whole document, so a long import can say how far it is.
 */
export function validateInventory(candidate: unknown, errors: IssueList<PathIssue>, onProgress?: (p: ImportProgress) => void): Inventory | undefined {
  const frame = Frame.safeParse(candidate);
  if (!frame.success) for (const issue of frame.error.issues) errors.add({ path: zodPath(issue.path), message: issue.message });
  const doc = (candidate !== null && typeof candidate === 'object' ? candidate : {}) as Record<string, unknown>;
  const rowsOf = (key: (typeof SECTIONS)[number]) => { const v = doc[key]; return Array.isArray(v) ? (v as unknown[]) : []; };
  const total = SECTIONS.reduce((n, key) => n + rowsOf(key).length, 0);
  let done = 0;
  const check = <T>(key: (typeof SECTIONS)[number], schema: z.ZodType<T>): T[] => rowsOf(key).map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) for (const issue of parsed.error.issues) errors.add({ path: [key, i, ...zodPath(issue.path)], message: issue.message });
    done += 1;
    if (done % REPORT_EVERY === 0) onProgress?.({ phase: 'validating', done, total });
    return parsed.data as T;
  });
  onProgress?.({ phase: 'validating', done: 0, total });
  const records = {
    principals: check('principals', Principal), targets: check('targets', TargetSystem), connections: check('connections', Connection),
    apps: check('apps', App), shares: check('shares', Share), activity: check('activity', Activity),
  };
  onProgress?.({ phase: 'validating', done, total });
  if (!frame.success || errors.total > 0) return undefined;
  const inventory: Inventory = { ...frame.data, ...records };
  checkReferences(inventory, errors);
  return errors.total === 0 ? inventory : undefined;
}

const zodPath = (path: readonly PropertyKey[]) => path.filter((p): p is string | number => typeof p !== 'symbol');

function checkReferences(inv: Inventory, errors: IssueList<PathIssue>) {
  // Principals, targets, connections and apps are nodes of one sharing graph, addressed by id alone (a "who can
  // act as" query takes just an id), so an id must be unique across those kinds too, not only within one.
  const nodeKindOf = new Map<string, string>();
  const unique = (kind: string, rows: readonly { id: string }[], isNode = true) => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const other = isNode ? nodeKindOf.get(r.id) : undefined;
      if (seen.has(r.id)) errors.add({ path: [kind, i, 'id'], message: `Duplicate id: another ${kind} entry already uses it` });
      else if (other !== undefined) errors.add({ path: [kind, i, 'id'], message: `Duplicate id: an entry of ${other} already uses it` });
      seen.add(r.id);
      if (isNode && other === undefined) nodeKindOf.set(r.id, kind);
    });
    return seen;
  };
  const principals = unique('principals', inv.principals);
  const targets = unique('targets', inv.targets);
  const connections = unique('connections', inv.connections);
  const apps = unique('apps', inv.apps);
  unique('shares', inv.shares, false);
  const need = (ids: Set<string>, id: string, path: JsonPath, what: string) => {
    if (!ids.has(id)) errors.add({ path, message: `Unknown ${what} id: no ${what} with this id is in the file` });
  };
  inv.principals.forEach((p, i) => {
    p.members?.forEach((m, j) => need(principals, m, ['principals', i, 'members', j], 'principal'));
    if (p.managerId !== undefined) need(principals, p.managerId, ['principals', i, 'managerId'], 'principal');
  });
  inv.connections.forEach((c, i) => {
    need(targets, c.targetId, ['connections', i, 'targetId'], 'target');
    need(principals, c.authenticatesAs, ['connections', i, 'authenticatesAs'], 'principal');
    need(principals, c.ownerId, ['connections', i, 'ownerId'], 'principal');
  });
  inv.apps.forEach((a, i) => {
    need(principals, a.ownerId, ['apps', i, 'ownerId'], 'principal');
    a.connectionIds.forEach((c, j) => need(connections, c, ['apps', i, 'connectionIds', j], 'connection'));
  });
  inv.shares.forEach((s, i) => {
    need(s.resourceType === 'app' ? apps : connections, s.resourceId, ['shares', i, 'resourceId'], s.resourceType);
    need(principals, s.principalId, ['shares', i, 'principalId'], 'principal');
  });
  inv.activity.forEach((a, i) => need(connections, a.connectionId, ['activity', i, 'connectionId'], 'connection'));
}
