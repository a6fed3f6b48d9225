import type { Principal } from '../../contract/inventory';
import { InventoryBuilder, targetId } from './builder';
import { dateAt, importJson, isObject, stringAt, type JsonContext } from './jsonImport';
import type { JsonPath } from './issues';
import { credentialFacts } from './n8nCredentialTypes';
import type { ImportOptions, ImportResult } from './types';

/**
 * n8n: credentials (as `n8n export:credentials --all [--decrypted]` writes them, or rows of
 * credentials_entity), their sharing (shared_credentials: credentialsId, projectId, role credential:owner /
 * credential:user), projects and their members (project, project_relation), users, and workflows with the
 * credentials their nodes reference (node.credentials.<type>.id) and their sharing (shared_workflow).
 * Keys may be camelCase or the database table names. See docs/import-formats.md.
 */
export function importN8n(content: string, options: ImportOptions): ImportResult {
  return importJson(content, options, (doc, ctx) => {
    // `n8n export:credentials --all` alone is a bare array of credentials.
    const root: Record<string, unknown> | undefined = Array.isArray(doc) ? { credentials: doc } : isObject(doc) ? doc : undefined;
    if (!root) {
      ctx.errors.add({ path: [], message: 'Expected an array of credentials or an object with credentials, sharedCredentials, projects, users, workflows' });
      return undefined;
    }
    const table = (camel: string, snake: string): [string, unknown[]] => {
      const key = root[camel] !== undefined ? camel : snake;
      const v = root[key];
      if (v !== undefined && !Array.isArray(v)) ctx.errors.add({ path: [key], message: 'Expected an array' });
      return [key, Array.isArray(v) ? v : []];
    };
    const b = new InventoryBuilder();
    const users = readUsers(table('users', 'user'), ctx, b);
    const projects = readProjects(table('projects', 'project'), table('projectRelations', 'project_relation'), ctx, b, users);
    const [credKey, creds] = table('credentials', 'credentials_entity');
    if (creds.length === 0 && root[credKey] === undefined) ctx.errors.add({ path: ['credentials'], message: 'Required: the credentials array' });
    const owners = new Map<string, string>();
    const [shareKey, shared] = table('sharedCredentials', 'shared_credentials');
    shared.forEach((raw, i) => {
      const path: JsonPath = [shareKey, i];
      if (!isObject(raw)) return ctx.errors.add({ path, message: 'Expected {credentialsId, projectId, role}' });
      const cred = stringAt(raw, 'credentialsId', path, ctx, true);
      const project = stringAt(raw, 'projectId', path, ctx, true);
      const role = stringAt(raw, 'role', path, ctx, true);
      if (!cred || !project || !role) return;
      const principal = projects.get(project);
      if (!principal) return ctx.errors.add({ path: [...path, 'projectId'], message: 'No project with this id in "projects"' });
      if (role === 'credential:owner') owners.set(cred, principal.owner);
      else if (role === 'credential:user') b.share({ resourceType: 'connection', resourceId: `n8n:cred:${cred}`, principalId: principal.group, role: 'use' });
      else ctx.errors.add({ path: [...path, 'role'], message: 'Expected credential:owner or credential:user' });
    });
    const credIds = new Set<string>();
    creds.forEach((raw, i) => readCredential(raw, [credKey, i], ctx, b, owners, credIds));
    readWorkflows(table('workflows', 'workflow_entity'), table('sharedWorkflows', 'shared_workflow'), ctx, b, projects, credIds);
    return b.build(options.generatedAt ?? new Date(0).toISOString());
  });
}

type Projects = Map<string, { group: string; owner: string }>;

function readUsers([key, rows]: [string, unknown[]], ctx: JsonContext, b: InventoryBuilder): Set<string> {
  const ids = new Set<string>();
  rows.forEach((raw, i) => {
    const path: JsonPath = [key, i];
    if (!isObject(raw)) return ctx.errors.add({ path, message: 'Expected a user object' });
    const id = stringAt(raw, 'id', path, ctx, true);
    if (!id) return;
    const email = stringAt(raw, 'email', path, ctx, false);
    const name = [raw.firstName, raw.lastName].filter((s) => typeof s === 'string' && s).join(' ').slice(0, 500);
    const disabled = raw.disabled === true;
    ids.add(id);
    b.principal({ id: `n8n-user:${id}`, kind: 'person', name: name || email || id, ...(email ? { email } : {}), status: disabled ? 'departed' : 'active' });
  });
  return ids;
}

/** A project becomes a group of its members; its owner is the personal project's user or the first admin. */
function readProjects(
  [key, rows]: [string, unknown[]], [relKey, relations]: [string, unknown[]], ctx: JsonContext, b: InventoryBuilder, users: Set<string>,
): Projects {
  const members = new Map<string, { user: string; role: string }[]>();
  relations.forEach((raw, i) => {
    const path: JsonPath = [relKey, i];
    if (!isObject(raw)) return ctx.errors.add({ path, message: 'Expected {projectId, userId, role}' });
    const project = stringAt(raw, 'projectId', path, ctx, true);
    const user = stringAt(raw, 'userId', path, ctx, true);
    const role = stringAt(raw, 'role', path, ctx, false) ?? 'project:viewer';
    if (!project || !user) return;
    if (!users.has(user)) return ctx.errors.add({ path: [...path, 'userId'], message: 'No user with this id in "users"' });
    members.set(project, [...(members.get(project) ?? []), { user: `n8n-user:${user}`, role }]);
  });
  const projects: Projects = new Map();
  rows.forEach((raw, i) => {
    const path: JsonPath = [key, i];
    if (!isObject(raw)) return ctx.errors.add({ path, message: 'Expected a project object' });
    const id = stringAt(raw, 'id', path, ctx, true);
    if (!id) return;
    const list = members.get(id) ?? [];
    const group: Principal = { id: `n8n-project:${id}`, kind: 'group', name: stringAt(raw, 'name', path, ctx, false) ?? id, status: 'active', members: list.map((m) => m.user) };
    b.principal(group);
    const lead = list.find((m) => m.role === 'project:personalOwner') ?? list.find((m) => m.role === 'project:admin') ?? list[0];
    projects.set(id, { group: group.id, owner: lead?.user ?? group.id });
  });
  return projects;
}

function readCredential(raw: unknown, path: JsonPath, ctx: JsonContext, b: InventoryBuilder, owners: Map<string, string>, ids: Set<string>) {
  if (!isObject(raw)) return ctx.errors.add({ path, message: 'Expected a credential {id, name, type, data}' });
  const id = stringAt(raw, 'id', path, ctx, true);
  const name = stringAt(raw, 'name', path, ctx, true);
  const type = stringAt(raw, 'type', path, ctx, true);
  const created = dateAt(raw, 'createdAt', path, ctx, true);
  const updated = dateAt(raw, 'updatedAt', path, ctx, false);
  // Decrypted exports carry the secrets in `data`; encrypted ones carry one opaque string, itself secret.
  // A ciphertext is dropped too, but not used as the fingerprint: its random IV hides reuse anyway.
  if (typeof raw.data === 'string') ctx.secrets.take(raw.data);
  const { params, fingerprint } = ctx.secrets.scrub(typeof raw.data === 'string' ? undefined : raw.data);
  if (!id || !name || !type || !created) return;
  if (ids.has(id)) return ctx.errors.add({ path: [...path, 'id'], message: 'Duplicate credential id' });
  ids.add(id);
  const f = credentialFacts(type, params);
  if (!f.known) ctx.warnings.add({ path: [...path, 'type'], message: `Credential type ${JSON.stringify(type.slice(0, 80))} is not mapped in detail: kept as a service API credential` });
  const owner = owners.get(id) ?? ensureUnknownOwner(b);
  const host = f.host ?? `${type} (${name.slice(0, 100)})`;
  const target = b.target({ id: targetId(host), name: host, kind: f.targetKind, host, sensitivity: 'medium' });
  const identity = f.accountName ? b.principal({ id: `account:${host}/${f.accountName}`, kind: 'service_account', name: f.accountName, status: 'active' }) : owner;
  b.connections.push({
    id: `n8n:cred:${id}`, name, platform: 'n8n', environment: 'prod', connector: type, targetId: target, authenticatesAs: identity, ownerId: owner,
    authMethod: f.authMethod, secretStorage: 'platform_encrypted',
    credential: { createdAt: created, ...(updated ? { lastRotatedAt: updated } : {}), ...(fingerprint ? { fingerprint } : {}), ...(f.accountName ? { accountName: f.accountName } : {}) },
    transport: { protocol: f.protocol, ...(f.tlsVersion ? { tlsVersion: f.tlsVersion } : {}), certificateValidation: f.certificateValidation, pinning: false, mtls: false },
    privilege: 'read_write', serviceToService: false,
  });
}

/** A credential whose owning project is not in the export still needs an owner: an explicit placeholder. */
function ensureUnknownOwner(b: InventoryBuilder): string {
  return b.principal({ id: 'n8n-user:unknown', kind: 'person', name: 'Unknown owner (not in the export)', status: 'active' });
}

function readWorkflows(
  [key, rows]: [string, unknown[]], [shareKey, shares]: [string, unknown[]], ctx: JsonContext, b: InventoryBuilder,
  projects: Projects, credIds: Set<string>,
) {
  const owners = new Map<string, string>();
  const editors: { workflow: string; group: string; role: 'edit' | 'use' }[] = [];
  shares.forEach((raw, i) => {
    const path: JsonPath = [shareKey, i];
    if (!isObject(raw)) return ctx.errors.add({ path, message: 'Expected {workflowId, projectId, role}' });
    const wf = stringAt(raw, 'workflowId', path, ctx, true);
    const project = stringAt(raw, 'projectId', path, ctx, true);
    const role = stringAt(raw, 'role', path, ctx, true);
    if (!wf || !project || !role) return;
    const p = projects.get(project);
    if (!p) return ctx.errors.add({ path: [...path, 'projectId'], message: 'No project with this id in "projects"' });
    if (role === 'workflow:owner') owners.set(wf, p.owner);
    else editors.push({ workflow: wf, group: p.group, role: role === 'workflow:editor' ? 'edit' : 'use' });
  });
  const known = new Set<string>();
  rows.forEach((raw, i) => {
    const path: JsonPath = [key, i];
    if (!isObject(raw)) return ctx.errors.add({ path, message: 'Expected a workflow {id, name, nodes}' });
    const id = stringAt(raw, 'id', path, ctx, true);
    const name = stringAt(raw, 'name', path, ctx, true);
    if (!Array.isArray(raw.nodes)) ctx.errors.add({ path: [...path, 'nodes'], message: 'Expected an array of nodes' });
    const used = new Set<string>();
    (Array.isArray(raw.nodes) ? raw.nodes : []).forEach((node, j) => {
      if (!isObject(node) || !isObject(node.credentials)) return;
      for (const [credType, ref] of Object.entries(node.credentials)) {
        const credId = isObject(ref) && typeof ref.id === 'string' ? ref.id : undefined;
        if (credId && credIds.has(credId)) used.add(`n8n:cred:${credId}`);
        else ctx.warnings.add({ path: [...path, 'nodes', j, 'credentials', credType], message: 'References a credential that is not in this export; the link is left out' });
      }
    });
    if (!id || !name) return;
    known.add(id);
    b.apps.push({
      id: `n8n:wf:${id}`, name, kind: 'flow', platform: 'n8n', environment: 'prod', ownerId: owners.get(id) ?? ensureUnknownOwner(b),
      connectionIds: [...used], accessMode: 'read_write',
    });
  });
  for (const e of editors) if (known.has(e.workflow)) b.share({ resourceType: 'app', resourceId: `n8n:wf:${e.workflow}`, principalId: e.group, role: e.role });
}
