import { Inventory } from '../../contract/inventory';
import type { IssueList, JsonPath } from './issues';

export interface PathIssue {
  path: JsonPath;
  message: string;
}

/**
 * The last gate of every importer: the native schema, then the references between records (zod checks each
 * record alone; a connection pointing at a principal that is not in the file is only visible here).
 */
export function validateInventory(candidate: unknown, errors: IssueList<PathIssue>): Inventory | undefined {
  const parsed = Inventory.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors.add({ path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'), message: issue.message });
      if (errors.full) break;
    }
    errors.total = Math.max(errors.total, parsed.error.issues.length);
    return undefined;
  }
  checkReferences(parsed.data, errors);
  return errors.total === 0 ? parsed.data : undefined;
}

function checkReferences(inv: Inventory, errors: IssueList<PathIssue>) {
  const unique = (kind: string, rows: readonly { id: string }[]) => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (seen.has(r.id)) errors.add({ path: [kind, i, 'id'], message: `Duplicate id: another ${kind} entry already uses it` });
      seen.add(r.id);
    });
    return seen;
  };
  const principals = unique('principals', inv.principals);
  const targets = unique('targets', inv.targets);
  const connections = unique('connections', inv.connections);
  const apps = unique('apps', inv.apps);
  unique('shares', inv.shares);
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
