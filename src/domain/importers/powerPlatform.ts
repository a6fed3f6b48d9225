import type { Environment, Principal, Share } from '../../contract/inventory';
import { InventoryBuilder, targetId } from './builder';
import { arrayAt, dateAt, importJson, isObject, stringAt, type JsonContext } from './jsonImport';
import type { JsonPath } from './issues';
import { connectorFacts } from './powerPlatformConnectors';
import type { ImportOptions, ImportResult } from './types';

/**
 * A Power Platform admin export: one JSON document gathering what the admin cmdlets return
 * (Get-AdminPowerAppConnection, Get-AdminPowerAppConnectionRoleAssignment, Get-AdminPowerApp,
 * Get-AdminPowerAppRoleAssignment, Get-AdminFlow, Get-AdminFlowOwnerRole, Get-AdminPowerAppEnvironment),
 * plus optional group memberships from Microsoft Graph. See docs/import-formats.md.
 */
export function importPowerPlatform(content: string, options: ImportOptions): ImportResult {
  return importJson(content, options, (doc, ctx) => {
    if (!isObject(doc)) {
      ctx.errors.add({ path: [], message: 'Expected a JSON object with a "connections" array (and optionally connectionRoleAssignments, apps, flows)' });
      return undefined;
    }
    const b = new InventoryBuilder();
    const envs = environments(doc, ctx);
    const connectionIds = new Map<string, string>();
    arrayAt(doc, 'connections', ctx, true).forEach((raw, i) => readConnection(raw, ['connections', i], ctx, b, envs, connectionIds));
    arrayAt(doc, 'groupMembers', ctx).forEach((raw, i) => readMember(raw, ['groupMembers', i], ctx, b));
    arrayAt(doc, 'connectionRoleAssignments', ctx).forEach((raw, i) => {
      const path: JsonPath = ['connectionRoleAssignments', i];
      if (!isObject(raw)) return ctx.errors.add({ path, message: 'Expected an object' });
      const name = stringAt(raw, 'ConnectionName', path, ctx, true);
      const who = readPrincipal(raw, path, ctx, b);
      const role = readRole(raw, path, ctx);
      if (!name || !who || !role) return;
      const id = connectionIds.get(name);
      if (!id) return ctx.errors.add({ path: [...path, 'ConnectionName'], message: 'No connection with this ConnectionName in "connections"' });
      if (role !== 'owner') b.share({ resourceType: 'connection', resourceId: id, principalId: who, role });
    });
    readApps(doc, ctx, b, envs, connectionIds, 'apps', 'AppName', 'appRoleAssignments', 'app');
    readApps(doc, ctx, b, envs, connectionIds, 'flows', 'FlowName', 'flowOwnerRoles', 'flow');
    return b.build(options.generatedAt ?? new Date(0).toISOString());
  });
}

type Envs = Map<string, Environment>;

/** Production and Default environments are production; sandboxes and trials are test; developer ones are dev. */
function environments(doc: Record<string, unknown>, ctx: JsonContext): Envs {
  const envs: Envs = new Map();
  arrayAt(doc, 'environments', ctx).forEach((raw, i) => {
    if (!isObject(raw)) return;
    const name = stringAt(raw, 'EnvironmentName', ['environments', i], ctx, true);
    const type = String(raw.EnvironmentType ?? '').toLowerCase();
    if (name) envs.set(name, type === 'developer' ? 'dev' : type === 'sandbox' || type === 'trial' ? 'test' : 'prod');
  });
  return envs;
}

const envOf = (envs: Envs, name: string | undefined): Environment => (name ? envs.get(name) : undefined) ?? 'prod';

function readConnection(raw: unknown, path: JsonPath, ctx: JsonContext, b: InventoryBuilder, envs: Envs, ids: Map<string, string>) {
  if (!isObject(raw)) return ctx.errors.add({ path, message: 'Expected a connection object' });
  const name = stringAt(raw, 'ConnectionName', path, ctx, true);
  const connector = stringAt(raw, 'ConnectorName', path, ctx, true);
  const env = stringAt(raw, 'EnvironmentName', path, ctx, true);
  const displayName = stringAt(raw, 'DisplayName', path, ctx, false);
  const created = dateAt(raw, 'CreatedTime', path, ctx, true);
  const creator = isObject(raw.CreatedBy) ? readUser(raw.CreatedBy, [...path, 'CreatedBy'], ctx, b) : undefined;
  if (!isObject(raw.CreatedBy)) ctx.errors.add({ path: [...path, 'CreatedBy'], message: 'Required: expected {id, displayName, type}' });
  // Parameters appear top-level in some exports and under Internal.properties in the raw API answer.
  const internal = isObject(raw.Internal) && isObject(raw.Internal.properties) ? raw.Internal.properties : {};
  const bag = raw.ConnectionParameters ?? internal.connectionParameters ?? internal.connectionParametersSet;
  const { params, fingerprint } = ctx.secrets.scrub(bag);
  if (!name || !connector || !env || !created || !creator) return;
  if (ids.has(name)) return ctx.errors.add({ path: [...path, 'ConnectionName'], message: 'Duplicate ConnectionName' });
  const id = `pp:${env}:${name}`;
  ids.set(name, id);
  const f = connectorFacts(connector, params, connector);
  if (!f.known) ctx.warnings.add({ path: [...path, 'ConnectorName'], message: `Unknown connector ${JSON.stringify(connector.slice(0, 80))}: kept, read as a generic HTTPS API; check its transport and authentication` });
  const statuses = Array.isArray(raw.Statuses) ? raw.Statuses.filter(isObject) : [];
  const broken = statuses.find((s) => typeof s.status === 'string' && s.status.toLowerCase() === 'error');
  const target = b.target({ id: targetId(f.host), name: f.host, kind: f.targetKind, host: f.host, sensitivity: 'medium' });
  // A personal connection acts as its creator; a password connection acts as the account it names on the target.
  const identity = f.personal || !f.accountName ? creator : b.principal({ id: `account:${f.host}/${f.accountName}`, kind: 'service_account', name: f.accountName, status: 'active' });
  b.connections.push({
    id, name: displayName ?? name, platform: 'power_platform', environment: envOf(envs, env), connector, targetId: target,
    authenticatesAs: identity, ownerId: creator, authMethod: f.authMethod, secretStorage: 'platform_encrypted',
    credential: { createdAt: created, ...(fingerprint ? { fingerprint } : {}), ...(f.accountName ? { accountName: f.accountName } : {}) },
    transport: { protocol: f.protocol, ...(f.tlsVersion ? { tlsVersion: f.tlsVersion } : {}), certificateValidation: f.certificateValidation, pinning: false, mtls: false },
    privilege: 'read_write', serviceToService: false,
    ...(broken ? { description: `Connection status: error${typeof broken.error === 'string' ? ` (${broken.error.slice(0, 200)})` : ''}` } : {}),
  });
}

/** CreatedBy / Owner objects: {id, displayName, email|userPrincipalName, type: User|ServicePrincipal|...}. */
function readUser(raw: Record<string, unknown>, path: JsonPath, ctx: JsonContext, b: InventoryBuilder): string | undefined {
  const id = stringAt(raw, 'id', path, ctx, false) ?? stringAt(raw, 'userId', path, ctx, false) ?? stringAt(raw, 'objectId', path, ctx, false);
  if (!id) {
    ctx.errors.add({ path: [...path, 'id'], message: 'Required: the creator\'s object id' });
    return undefined;
  }
  const type = String(raw.type ?? 'User').toLowerCase();
  const email = stringAt(raw, 'email', path, ctx, false) ?? stringAt(raw, 'userPrincipalName', path, ctx, false);
  return b.principal({
    id, kind: type.includes('serviceprincipal') || type.includes('application') ? 'app_registration' : 'person',
    name: stringAt(raw, 'displayName', path, ctx, false) ?? email ?? id, ...(email ? { email } : {}), status: 'active',
  });
}

/** A role assignment's principal: PrincipalObjectId + PrincipalType (User, Group, Tenant). */
function readPrincipal(raw: Record<string, unknown>, path: JsonPath, ctx: JsonContext, b: InventoryBuilder): string | undefined {
  const type = stringAt(raw, 'PrincipalType', path, ctx, true);
  if (type === 'Tenant') {
    const tenant = stringAt(raw, 'PrincipalObjectId', path, ctx, false) ?? 'tenant';
    return b.principal({ id: `tenant:${tenant}`, kind: 'group', name: 'Everyone in the organisation', status: 'active', members: [] });
  }
  const id = stringAt(raw, 'PrincipalObjectId', path, ctx, true);
  if (!id || !type) return undefined;
  if (type !== 'User' && type !== 'Group' && type !== 'ServicePrincipal') {
    ctx.errors.add({ path: [...path, 'PrincipalType'], message: 'Expected User, Group, ServicePrincipal or Tenant' });
    return undefined;
  }
  const email = stringAt(raw, 'PrincipalEmail', path, ctx, false);
  const p: Principal = {
    id, kind: type === 'Group' ? 'group' : type === 'ServicePrincipal' ? 'app_registration' : 'person',
    name: stringAt(raw, 'PrincipalDisplayName', path, ctx, false) ?? email ?? id, ...(email ? { email } : {}), status: 'active',
    ...(type === 'Group' ? { members: [] } : {}),
  };
  return b.principal(p);
}

/** Connection roles are CanView / CanViewWithShare / CanEdit (older exports: CanUse / CanUseAndShare); apps and flows add Owner. */
function readRole(raw: Record<string, unknown>, path: JsonPath, ctx: JsonContext): Share['role'] | 'owner' | undefined {
  const key = raw.RoleName !== undefined ? 'RoleName' : 'RoleType';
  const role = stringAt(raw, key, path, ctx, true);
  if (!role) return undefined;
  const mapped = ({ CanView: 'use', CanUse: 'use', CanViewWithShare: 'reshare', CanUseAndShare: 'reshare', CanEdit: 'edit', Owner: 'owner' } as const)[role as 'CanView'];
  if (!mapped) ctx.errors.add({ path: [...path, key], message: 'Expected CanView, CanViewWithShare, CanEdit or Owner' });
  return mapped;
}

function readMember(raw: unknown, path: JsonPath, ctx: JsonContext, b: InventoryBuilder) {
  if (!isObject(raw)) return ctx.errors.add({ path, message: 'Expected {GroupObjectId, MemberObjectId, MemberDisplayName, MemberEmail}' });
  const group = stringAt(raw, 'GroupObjectId', path, ctx, true);
  const member = stringAt(raw, 'MemberObjectId', path, ctx, true);
  if (!group || !member) return;
  const email = stringAt(raw, 'MemberEmail', path, ctx, false);
  b.principal({ id: member, kind: 'person', name: stringAt(raw, 'MemberDisplayName', path, ctx, false) ?? email ?? member, ...(email ? { email } : {}), status: 'active' });
  b.principal({ id: group, kind: 'group', name: stringAt(raw, 'GroupDisplayName', path, ctx, false) ?? group, status: 'active', members: [member] });
}

/** Apps and flows: their connection references (connectionName per connector) and their own role assignments. */
function readApps(
  doc: Record<string, unknown>, ctx: JsonContext, b: InventoryBuilder, envs: Envs, connectionIds: Map<string, string>,
  key: 'apps' | 'flows', nameKey: 'AppName' | 'FlowName', rolesKey: string, kind: 'app' | 'flow',
) {
  const appIds = new Map<string, string>();
  arrayAt(doc, key, ctx).forEach((raw, i) => {
    const path: JsonPath = [key, i];
    if (!isObject(raw)) return ctx.errors.add({ path, message: `Expected an ${kind} object` });
    const name = stringAt(raw, nameKey, path, ctx, true);
    const env = stringAt(raw, 'EnvironmentName', path, ctx, true);
    const ownerRaw = raw.Owner ?? raw.CreatedBy;
    const owner = isObject(ownerRaw) ? readUser(ownerRaw, [...path, raw.Owner !== undefined ? 'Owner' : 'CreatedBy'], ctx, b) : undefined;
    if (!isObject(ownerRaw)) ctx.errors.add({ path: [...path, 'Owner'], message: 'Required: Owner (apps) or CreatedBy (flows)' });
    const internal = isObject(raw.Internal) && isObject(raw.Internal.properties) ? raw.Internal.properties : {};
    const refs = raw.ConnectionReferences ?? internal.connectionReferences;
    const used: string[] = [];
    if (isObject(refs)) {
      for (const [refKey, ref] of Object.entries(refs)) {
        const connectionName = isObject(ref) ? (ref.connectionName ?? ref.ConnectionName) : undefined;
        if (typeof connectionName !== 'string') continue;
        const id = connectionIds.get(connectionName);
        if (id) used.push(id);
        else ctx.warnings.add({ path: [key, i, 'ConnectionReferences', refKey], message: 'References a connection that is not in this export; the link is left out' });
      }
    }
    if (!name || !env || !owner) return;
    const id = `pp-${kind}:${env}:${name}`;
    appIds.set(name, id);
    b.apps.push({
      id, name: stringAt(raw, 'DisplayName', path, ctx, false) ?? name, kind, platform: 'power_platform', environment: envOf(envs, env),
      ownerId: owner, connectionIds: [...new Set(used)], accessMode: 'read_write',
    });
  });
  arrayAt(doc, rolesKey, ctx).forEach((raw, i) => {
    const path: JsonPath = [rolesKey, i];
    if (!isObject(raw)) return ctx.errors.add({ path, message: 'Expected an object' });
    const name = stringAt(raw, nameKey, path, ctx, true);
    const who = readPrincipal(raw, path, ctx, b);
    const role = readRole(raw, path, ctx);
    if (!name || !who || !role) return;
    const id = appIds.get(name);
    if (!id) return ctx.errors.add({ path: [...path, nameKey], message: `No ${kind} with this ${nameKey} in "${key}"` });
    if (role !== 'owner') b.share({ resourceType: 'app', resourceId: id, principalId: who, role });
  });
}
