import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, generateInventory } from '..';
import { devFingerprint, runImporter, type ImportResult } from '.';

const NOW = '2026-11-01T00:00:00Z';
const options = { fingerprint: devFingerprint, generatedAt: NOW };
const fixture = (name: string) => readFileSync(`docs/examples/${name}`, 'utf8');
const PLANTED = ['Ftp-Pl4nted-Passw0rd!', 'acme-Pl4nted-Api-Key-123', 'Csv-Pl4nted-Secret-1', 'N8n-Pl4nted-Pg-Pass', 'N8n-Pl4nted-Ftp-Pass', 'N8n-Pl4nted-Token-abc', 'xoxb-N8n-Pl4nted-Slack'];

function ok(r: ImportResult) {
  if (!r.ok) throw new Error(`expected success: ${JSON.stringify(r.errors)}`);
  return r;
}
const findings = (r: ImportResult) => analyze(ok(r).inventory, { now: new Date(NOW) }).detections.map((d) => `${d.ruleId} ${d.subjectId}`);

describe('Power Platform admin export', () => {
  const r = ok(runImporter('power_platform', fixture('power-platform.example.json'), options));
  it('maps connections, role assignments, apps and flows', () => {
    expect(r.inventory.connections).toHaveLength(4);
    expect(r.inventory.apps.map((a) => a.kind).sort()).toEqual(['app', 'flow']);
    expect(r.inventory.shares).toHaveLength(4);
    expect(r.secretsDropped).toBe(2);
  });
  it('keeps an unknown connector and warns about it on its line', () => {
    expect(r.inventory.connections.some((c) => c.connector.startsWith('shared_acme'))).toBe(true);
    expect(r.warnings).toEqual([expect.objectContaining({ line: 40, field: 'connections[3].ConnectorName' })]);
  });
  it('finds FTP without SSL, validation switched off, and a personal SQL connection shared with a group', () => {
    const f = findings(r);
    expect(f).toContain('unencrypted-protocol pp:Default-8f3a1c2e-0000-4000-8000-000000000001:a2956cf95ba441119d16dc2ef0ca1ff9');
    expect(f).toContain('tls-validation-disabled pp:2b7c9d10-1111-4222-8333-444455556666:c7d1e0f9aa2b4c3d9e8f7a6b5c4d3e2f');
    expect(f).toContain('personal-credential-shared pp:Default-8f3a1c2e-0000-4000-8000-000000000001:3b4b9592607147258a4f2fb33517e97a');
  });
  it('names the line and field of a bad role assignment', () => {
    const doc = JSON.parse(fixture('power-platform.example.json')) as { connectionRoleAssignments: { RoleName: string }[] };
    doc.connectionRoleAssignments[1]!.RoleName = 'CanFly';
    const bad = runImporter('power_platform', JSON.stringify(doc, null, 2), options);
    expect(bad).toMatchObject({ ok: false, total: 1, errors: [{ field: 'connectionRoleAssignments[1].RoleName' }] });
    expect(!bad.ok && bad.errors[0]!.line).toBeGreaterThan(1);
  });
});

describe('n8n export', () => {
  const r = ok(runImporter('n8n', fixture('n8n.example.json'), options));
  it('maps credentials, their sharing to projects, and workflows using them', () => {
    expect(r.inventory.connections.map((c) => c.connector).sort()).toEqual(['ftp', 'httpHeaderAuth', 'postgres', 'slackApi']);
    expect(r.inventory.apps[0]!.connectionIds).toHaveLength(2);
    expect(r.inventory.shares).toEqual([expect.objectContaining({ resourceType: 'connection', principalId: 'n8n-project:pDataTeam000001' })]);
    expect(r.secretsDropped).toBe(4);
  });
  it('finds plain FTP and Postgres with unauthorized certificates allowed', () => {
    const f = findings(r);
    expect(f).toContain('unencrypted-protocol n8n:cred:Zz98Yy76Xx54Ww32');
    expect(f).toContain('tls-validation-disabled n8n:cred:Ab12Cd34Ef56Gh78');
  });
});

describe('CSV', () => {
  const text = fixture('connections.example.csv');
  const r = ok(runImporter('csv', text, options));
  it('imports one connection per row with derived principals, targets, apps and shares', () => {
    expect(r.inventory.connections).toHaveLength(3);
    expect(r.inventory.apps).toHaveLength(1);
    expect(r.inventory.shares).toHaveLength(2);
    expect(r.secretsDropped).toBe(2);
    expect(r.inventory.connections[0]!.description).toBe('found in repo "ops-scripts", see ticket 42');
  });
  it('finds the hard-coded FTP secret and the secret reused by two rows', () => {
    const f = findings(r);
    expect(f).toEqual(expect.arrayContaining(['plaintext-secret csv-1', 'unencrypted-protocol csv-1', 'reused-secret csv-1']));
  });
  it('rejects one bad row among thousands, naming its line and column', () => {
    const [header, row] = text.split('\n');
    const rows = Array.from({ length: 5000 }, (_, i) => row!.replace('csv-1', `csv-${i + 10}`));
    rows[3210] = rows[3210]!.replace(',ftp,,true,', ',ftp,,maybe,');
    const bad = runImporter('csv', [header, ...rows].join('\n'), options);
    expect(bad).toEqual({ ok: false, total: 1, errors: [{ line: 3212, field: 'certificate_validation', message: expect.stringContaining('true or false') }] });
  });
  it('says which required column is missing', () => {
    const bad = runImporter('csv', 'id,name\nx,y\n', options);
    expect(!bad.ok && bad.errors.map((e) => e.field)).toContain('owner');
  });
});

describe('native JSON', () => {
  it('imports the generated inventory unchanged', () => {
    const inv = generateInventory('demo');
    const r = ok(runImporter('native', JSON.stringify(inv), options));
    expect(r.inventory.connections).toHaveLength(inv.connections.length);
    expect(r.secretsDropped).toBe(0);
  });
  it('rejects one bad record among thousands, naming its line and field path', () => {
    const inv = generateInventory('demo');
    const base = inv.connections[0]!;
    inv.connections = Array.from({ length: 3000 }, (_, i) => ({ ...base, id: `c-${i}` }));
    (inv.connections[2345] as { privilege: string }).privilege = 'superuser';
    const text = JSON.stringify(inv, null, 2);
    const bad = runImporter('native', text, options);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]!.field).toBe('connections[2345].privilege');
    expect(text.split('\n')[bad.errors[0]!.line! - 1]).toContain('"privilege": "superuser"');
  });
  it('rejects an id used by two kinds of record, since the graph addresses nodes by id alone', () => {
    const inv = generateInventory('demo');
    const clash = inv.principals[3]!.id;
    inv.apps[1] = { ...inv.apps[1]!, id: clash };
    const bad = runImporter('native', JSON.stringify(inv, null, 2), options);
    if (bad.ok) throw new Error('expected errors');
    expect(bad.errors.map((e) => [e.field, e.message])).toContainEqual(['apps[1].id', 'Duplicate id: an entry of principals already uses it']);
  });
  it('places a missing field on the line where its record starts, and reports the total beyond 100', () => {
    const inv = generateInventory('demo');
    const text = JSON.stringify({ ...inv, connections: inv.connections.map(({ name: _n, ...c }) => c) }, null, 2);
    const bad = runImporter('native', text, options);
    if (bad.ok) throw new Error('expected errors');
    expect(bad.errors).toHaveLength(Math.min(100, inv.connections.length));
    expect(bad.total).toBe(inv.connections.length);
    expect(text.split('\n')[bad.errors[0]!.line! - 1]!.trim()).toBe('{');
  });
  it('fingerprints and drops a secret written next to a credential', () => {
    const inv = generateInventory('demo');
    const c = inv.connections[0]! as unknown as { credential: Record<string, unknown>; password?: string };
    delete c.credential.fingerprint;
    c.credential.password = 'Native-Pl4nted-Secret';
    c.password = 'Native-Pl4nted-Other';
    const r = ok(runImporter('native', JSON.stringify(inv), options));
    expect(r.secretsDropped).toBe(2);
    expect(r.inventory.connections[0]!.credential.fingerprint).toBe(devFingerprint('Native-Pl4nted-Secret'));
    expect(JSON.stringify(r)).not.toMatch(/Native-Pl4nted/);
  });
  it('locates a syntax error and enforces the size limit', () => {
    expect(runImporter('native', '{\n  "a": 1,\n  oops\n}', options)).toMatchObject({ ok: false, errors: [{ line: 3, field: 'content' }] });
    expect(runImporter('native', '{}', { ...options, maxBytes: 1 })).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining('limit') }] });
  });
});

describe('secrets', () => {
  it('leave no trace in any imported inventory or its warnings', () => {
    const all = [
      runImporter('power_platform', fixture('power-platform.example.json'), options),
      runImporter('n8n', fixture('n8n.example.json'), options),
      runImporter('csv', fixture('connections.example.csv'), options),
    ];
    const text = JSON.stringify(all);
    for (const s of PLANTED) expect(text).not.toContain(s);
    expect(text).not.toMatch(/Pl4nted/);
  });
  it('are not echoed by errors either', () => {
    const csv = fixture('connections.example.csv').replace(',ftp,,true,', ',ftp,,bad,');
    expect(JSON.stringify(runImporter('csv', csv, options))).not.toMatch(/Pl4nted/);
  });
});

describe('parsers never throw', () => {
  it('CSV and native answer errors for any input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      for (const f of ['csv', 'native', 'power_platform', 'n8n'] as const) expect(() => runImporter(f, s, options)).not.toThrow();
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.json(), (s) => {
      for (const f of ['native', 'power_platform', 'n8n'] as const) expect(() => runImporter(f, s, options)).not.toThrow();
    }), { numRuns: 300 });
  });
  it('handles hostile nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => runImporter('native', `{"connections": ${deep}}`, options)).not.toThrow();
  });
});
