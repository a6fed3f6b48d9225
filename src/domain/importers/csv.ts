import {
  AuthMethod, Environment, Platform, PrincipalKind, Privilege, Protocol, SecretStorage, Sensitivity, TargetKind, TlsVersion,
  type Connection, type Principal,
} from '../../contract/inventory';
import { InventoryBuilder, asBool, targetId, targetKindOf } from './builder';
import { parseCsv } from './csvParse';
import { IssueList, quote, tooLarge } from './issues';
import { SecretSink, isSecretKey } from './secrets';
import { DEFAULT_MAX_BYTES, type ImportIssue, type ImportOptions, type ImportResult } from './types';
import { validateInventory, type PathIssue } from './validate';

/** The documented columns (docs/import-formats.md). Required ones must be present in the header and filled. */
export const CSV_COLUMNS = {
  id: true, name: true, platform: true, environment: true, connector: true, target_host: true, target_name: false,
  target_kind: false, target_sensitivity: false, authenticates_as: true, authenticates_as_kind: false, authenticates_as_name: false,
  owner: true, owner_name: false, auth_method: true, secret_storage: true, credential_created_at: true,
  credential_last_rotated_at: false, credential_expires_at: false, account_name: false, secret: false, protocol: true,
  tls_version: false, certificate_validation: true, mtls: false, privilege: true, required_privilege: false,
  service_to_service: false, shared_with: false, app: false, app_shared_with: false, description: false,
} as const;
type Column = keyof typeof CSV_COLUMNS;

export function importCsv(content: string, options: ImportOptions): ImportResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (content.length > maxBytes) return tooLarge(content.length, maxBytes);
  options.onProgress?.({ phase: 'parsing' });
  const parsed = parseCsv(content);
  if (!parsed.ok) return { ok: false, total: 1, errors: [{ line: parsed.line, field: 'content', message: parsed.message }] };
  const [header, ...rows] = parsed.rows;
  if (!header) return { ok: false, total: 1, errors: [{ line: 1, field: 'content', message: 'The file is empty: expected a header row and one row per connection' }] };

  const errors = new IssueList();
  const warnings = new IssueList();
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (index.has(name)) errors.add({ line: header.line, field: name, message: 'This column appears twice in the header' });
    index.set(name, i);
  });
  for (const [col, required] of Object.entries(CSV_COLUMNS)) {
    if (required && !index.has(col)) errors.add({ line: header.line, field: col, message: 'Required column missing from the header' });
  }
  const secretColumns = names.filter((n) => n === 'secret' || (!(n in CSV_COLUMNS) && isSecretKey(n)));
  for (const n of names) {
    if (!(n in CSV_COLUMNS) && !secretColumns.includes(n)) warnings.add({ line: header.line, field: n, message: 'Unknown column, ignored' });
  }
  if (errors.total > 0) return { ok: false, errors: errors.items, total: errors.total };

  const secrets = new SecretSink(options.fingerprint);
  const b = new InventoryBuilder();
  const rowLine = new Map<string, number>();
  const apps = new Map<string, { line: number; ownerId: string; platform: Connection['platform']; environment: Connection['environment']; connectionIds: string[]; sharedWith: Set<string> }>();
  for (const row of rows) {
    const r = new RowReader(row.cells, index, row.line, errors);
    if (row.cells.length !== names.length) {
      errors.add({ line: row.line, field: 'content', message: `Expected ${names.length} columns as in the header, found ${row.cells.length}` });
    }
    let fingerprint: string | undefined;
    for (const col of secretColumns) fingerprint ??= secrets.take(row.cells[index.get(col)!]);
    const c = readConnection(r, fingerprint);
    if (!c) continue;
    if (rowLine.has(c.connection.id)) r.fail('id', `Duplicate id: line ${rowLine.get(c.connection.id)} already uses it`);
    rowLine.set(c.connection.id, row.line);
    b.principal(c.identity);
    b.principal(c.owner);
    b.target(c.target);
    b.connections.push(c.connection);
    for (const who of c.sharedWith) b.share({ resourceType: 'connection', resourceId: c.connection.id, principalId: b.principal(who), role: 'use' });
    const appName = r.text('app');
    if (appName) {
      const app = apps.get(appName) ?? { line: row.line, ownerId: c.owner.id, platform: c.connection.platform, environment: c.connection.environment, connectionIds: [], sharedWith: new Set() };
      app.connectionIds.push(c.connection.id);
      for (const who of r.principals('app_shared_with')) app.sharedWith.add(b.principal(who));
      apps.set(appName, app);
    }
  }
  for (const [name, a] of apps) {
    const id = `app:${name}`;
    b.apps.push({ id, name, kind: 'app', platform: a.platform, environment: a.environment, ownerId: a.ownerId, connectionIds: a.connectionIds, accessMode: 'read_write' });
    for (const p of a.sharedWith) b.share({ resourceType: 'app', resourceId: id, principalId: p, role: 'use' });
  }
  if (errors.total > 0) return { ok: false, errors: errors.items, total: errors.total };

  const schemaErrors = new IssueList<PathIssue>();
  const inventory = validateInventory(b.build(options.generatedAt ?? new Date(0).toISOString()), schemaErrors, options.onProgress);
  if (!inventory) {
    // Only reachable through a gap in the row checks above; the path names the converted record.
    const issues: ImportIssue[] = schemaErrors.items.map((e) => ({ field: e.path.join('.'), message: e.message }));
    return { ok: false, errors: issues, total: schemaErrors.total };
  }
  return { ok: true, inventory, secretsDropped: secrets.dropped, warnings: warnings.items };
}

function readConnection(r: RowReader, fingerprint: string | undefined) {
  const id = r.text('id', true);
  const name = r.text('name', true);
  const platform = r.oneOf('platform', Platform.options, true);
  const environment = r.oneOf('environment', Environment.options, true);
  const connector = r.text('connector', true);
  const host = r.text('target_host', true);
  const protocol = r.oneOf('protocol', Protocol.options, true);
  const identityKind = r.oneOf('authenticates_as_kind', PrincipalKind.options.filter((k) => k !== 'group'), false) ?? 'person';
  const identityId = r.text('authenticates_as', true);
  const ownerId = r.text('owner', true);
  const authMethod = r.oneOf('auth_method', AuthMethod.options, true);
  const secretStorage = r.oneOf('secret_storage', SecretStorage.options, true);
  const createdAt = r.date('credential_created_at', true);
  const lastRotatedAt = r.date('credential_last_rotated_at', false);
  const expiresAt = r.date('credential_expires_at', false);
  const tlsVersion = r.oneOf('tls_version', TlsVersion.options, false);
  const certificateValidation = r.bool('certificate_validation', true);
  const mtls = r.bool('mtls', false) ?? false;
  const privilege = r.oneOf('privilege', Privilege.options, true);
  const requiredPrivilege = r.oneOf('required_privilege', Privilege.options, false);
  const serviceToService = r.bool('service_to_service', false) ?? false;
  const targetKind = r.oneOf('target_kind', TargetKind.options, false);
  const sensitivity = r.oneOf('target_sensitivity', Sensitivity.options, false) ?? 'medium';
  const sharedWith = r.principals('shared_with');
  if (!id || !name || !platform || !environment || !connector || !host || !protocol || !identityId || !ownerId || !authMethod
    || !secretStorage || !createdAt || certificateValidation === undefined || !privilege) return undefined;
  const identity: Principal = { id: identityId, kind: identityKind, name: r.text('authenticates_as_name') ?? identityId, status: 'active' };
  const owner: Principal = { id: ownerId, kind: 'person', name: r.text('owner_name') ?? ownerId, status: 'active' };
  const target = { id: targetId(host), name: r.text('target_name') ?? host, kind: targetKind ?? targetKindOf(protocol), host, sensitivity };
  const accountName = r.text('account_name');
  const description = r.text('description');
  const connection: Connection = {
    id, name, platform, environment, connector, targetId: target.id, authenticatesAs: identity.id, ownerId: owner.id, authMethod, secretStorage,
    credential: { createdAt, ...(lastRotatedAt ? { lastRotatedAt } : {}), ...(expiresAt ? { expiresAt } : {}), ...(fingerprint ? { fingerprint } : {}), ...(accountName ? { accountName } : {}) },
    transport: { protocol, ...(tlsVersion ? { tlsVersion } : {}), certificateValidation, pinning: false, mtls },
    privilege, ...(requiredPrivilege ? { requiredPrivilege } : {}), serviceToService, ...(description ? { description } : {}),
  };
  return { connection, identity, owner, target, sharedWith };
}

/** Reads one row's cells by column name, recording "line N, column: what was expected" for each bad cell. */
class RowReader {
  constructor(private readonly cells: string[], private readonly index: Map<string, number>, private readonly line: number, private readonly errors: IssueList) {}

  fail(field: Column, message: string) {
    this.errors.add({ line: this.line, field, message });
  }

  text(col: Column, required = false): string | undefined {
    const i = this.index.get(col);
    const v = i === undefined ? undefined : this.cells[i]?.trim();
    if (!v) {
      if (required) this.fail(col, 'Required: this cell is empty');
      return undefined;
    }
    if (v.length > (col === 'id' || col === 'authenticates_as' || col === 'owner' ? 200 : 10_000)) {
      this.fail(col, 'Too long');
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(col: Column, allowed: readonly T[], required: boolean): T | undefined {
    const v = this.text(col, required);
    if (v === undefined) return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.fail(col, `Expected one of ${allowed.join(', ')}; found ${quote(v)}`);
    return undefined;
  }

  bool(col: Column, required: boolean): boolean | undefined {
    const v = this.text(col, required);
    if (v === undefined) return undefined;
    const b = asBool(v);
    if (b === undefined) this.fail(col, `Expected true or false; found ${quote(v)}`);
    return b;
  }

  date(col: Column, required: boolean): string | undefined {
    const v = this.text(col, required);
    if (v === undefined) return undefined;
    const ms = /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v) : Number.NaN;
    if (Number.isNaN(ms)) {
      this.fail(col, `Expected an ISO 8601 date such as 2026-03-01 or 2026-03-01T12:00:00Z; found ${quote(v)}`);
      return undefined;
    }
    return new Date(ms).toISOString();
  }

  /** A list of principals separated by ";" — "group:Name" for a group, anything else is a person. */
  principals(col: Column): Principal[] {
    const v = this.text(col);
    if (!v) return [];
    return v.split(';').map((s) => s.trim()).filter(Boolean).map((s) => {
      const isGroup = /^group:/i.test(s);
      const id = isGroup ? s.slice(6).trim() : s;
      return { id: isGroup ? `group:${id}` : id, kind: isGroup ? 'group' : 'person', name: id, status: 'active' } as Principal;
    }).filter((p) => p.id.length <= 200 && p.name.length > 0);
  }
}
