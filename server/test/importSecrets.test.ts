import { gunzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { setApiBase, setApiFetch, call } from '../../src/lib/apiClient';
import { buildServer } from '../app';
import { ADMIN_PASSWORD, CookieJar, FIXED_NOW, removeDir, tempDataDir, SERVER_HOOK_TIMEOUT } from './harness';

const dir = tempDataDir();
afterAll(() => removeDir(dir));

const PLANTED = ['Ftp-Pl4nted-Passw0rd!', 'acme-Pl4nted-Api-Key-123', 'N8n-Pl4nted-Pg-Pass', 'N8n-Pl4nted-Ftp-Pass', 'N8n-Pl4nted-Token-abc', 'xoxb-N8n-Pl4nted-Slack'];

function filesUnder(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('secrets in an imported file', () => {
  it('are kept nowhere: not in the database files, the stored rows, the API answers or the logs', async () => {
    let logs = '';
    const stream = new Writable({ write(chunk: Buffer, _enc, done) { logs += chunk.toString(); done(); } });
    const server = await buildServer({
      dataDir: dir, staticDir: join(dir, 'no-app'), secure: false, adminPassword: ADMIN_PASSWORD, now: FIXED_NOW,
      loginRateLimit: 1000, loginRateLimitPerClient: 1000, rateLimit: 100_000,
      // A deployment that logs request headers (a common serializer tweak) must still never log credentials.
      logger: { level: 'trace', stream, serializers: { req: (req: { method: string; url: string; headers: unknown }) => ({ method: req.method, url: req.url, headers: req.headers }) } },
    });
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    setApiBase(`http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`);
    const jar = new CookieJar();
    setApiFetch(jar.fetch);
    await call('health');
    await call('login', { body: { username: 'admin', password: ADMIN_PASSWORD } });

    const answers: unknown[] = [];
    for (const [format, file] of [['power_platform', 'power-platform.example.json'], ['n8n', 'n8n.example.json']] as const) {
      const record = await call('createImport', { body: { format, fileName: file, content: readFileSync(`docs/examples/${file}`, 'utf8') } });
      expect(record.status).toBe('succeeded');
      expect(record.secretsDropped).toBeGreaterThan(0);
      answers.push(record);
    }
    // A rejected file carrying secrets must not leak them through its error list either.
    const broken = readFileSync('docs/examples/power-platform.example.json', 'utf8').replace('"CanViewWithShare"', '"CanFly"');
    await expect(call('createImport', { body: { format: 'power_platform', fileName: 'broken.json', content: broken } })).rejects.toMatchObject({ status: 422 });
    answers.push(await call('listImports', { query: { limit: 50 } }), await call('listConnections', { query: { limit: 500 } }));

    // The database's own view (rows may be compressed on disk, so the text is checked as well as the bytes).
    // Documents are stored gzip-compressed: the raw bytes on disk hide nothing, so read them back as text too.
    const rows = (await server.store.db.selectFrom('inventory').select(['document', 'document_gz']).execute())
      .map((r) => r.document ?? gunzipSync(r.document_gz ?? new Uint8Array()).toString('utf8'));
    expect(rows.join('')).toContain('"connections"');
    const imports = await server.store.db.selectFrom('imports').select('record').execute();
    const stored = JSON.stringify([rows, imports, answers, [...server.store.state.connections.values()]]);
    await server.app.close();

    const bytes = filesUnder(dir).map((f) => readFileSync(f));
    for (const secret of PLANTED) {
      expect(stored).not.toContain(secret);
      expect(logs).not.toContain(secret);
      for (const b of bytes) expect(b.includes(Buffer.from(secret, 'utf8'))).toBe(false);
    }
    expect(logs.length).toBeGreaterThan(0);
    // Session and CSRF cookies were sent with every request above, and the headers were logged: redacted.
    const session = jar.cookies.get('sg_session');
    expect(session).toBeTruthy();
    expect(logs).not.toContain(session);
    expect(logs).not.toContain(jar.cookies.get('sg_csrf'));
    expect(logs).toContain('[redacted]');
  }, SERVER_HOOK_TIMEOUT);
});
