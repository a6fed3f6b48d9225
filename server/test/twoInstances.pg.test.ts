import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, setApiBase, setApiFetch } from '../../src/lib/apiClient';
import { generateInventory } from '../../src/domain';
import { ADMIN_PASSWORD, CookieJar, removeDir, tempDataDir, SERVER_HOOK_TIMEOUT } from './harness';
import { databaseUrlFor } from './testDatabase';

/**
 * docs/deployment.md, exercised: two server processes started with the page's commands (`npm run serve`, i.e.
 * `tsx server/main.ts`) on two loopback ports, one PostgreSQL database. Runs on the PostgreSQL run only (the
 * embedded database is one process's by design); vite.config.ts leaves it out of the embedded run.
 */
interface Instance { base: string; jar: CookieJar; process: ChildProcess; log: string[] }

const dir = tempDataDir();
const FINGERPRINT_KEY = randomBytes(32).toString('hex');
const instances: Instance[] = [];

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env, DATABASE_URL: databaseUrl, SHAREGRAPH_FINGERPRINT_KEY: FINGERPRINT_KEY, PORT: String(port),
      HOST: '127.0.0.1', SHAREGRAPH_ADMIN_PASSWORD: ADMIN_PASSWORD, SHAREGRAPH_DATA_DIR: join(dir, `instance-${port}`),
      SHAREGRAPH_STATIC_DIR: join(dir, 'no-app'), LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const instance: Instance = { base: `http://127.0.0.1:${port}`, jar: new CookieJar(), process: child, log: [] };
  child.stdout!.on('data', (d: Buffer) => instance.log.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => instance.log.push(d.toString()));
  instances.push(instance);
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited: ${instance.log.join('')}`);
    try {
      if ((await fetch(`${instance.base}/api/v1/health`)).ok) return instance;
    } catch {
      // not listening yet
    }
    if (tries > 600) throw new Error(`instance on ${port} did not start: ${instance.log.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The typed client against one instance, with that instance's browser cookies. */
function on(instance: Instance) {
  setApiBase(instance.base);
  setApiFetch(instance.jar.fetch);
}

async function signIn(instance: Instance) {
  on(instance);
  await call('health');
  await call('login', { body: { username: 'admin', password: ADMIN_PASSWORD } });
}

let a: Instance;
let b: Instance;

beforeAll(async () => {
  const url = (await databaseUrlFor(dir))!;
  // Started together on an empty database: one seeds it and creates the admin, the other waits and loads.
  [a, b] = await Promise.all([startInstance(url), startInstance(url)]);
  await signIn(a);
  await signIn(b);
}, SERVER_HOOK_TIMEOUT);

afterAll(async () => {
  await Promise.all(instances.map((i) => new Promise<void>((resolve) => {
    if (i.process.exitCode !== null) return resolve();
    i.process.once('exit', () => resolve());
    i.process.kill('SIGTERM');
  })));
  removeDir(dir);
}, SERVER_HOOK_TIMEOUT);

describe('two server instances on one PostgreSQL', () => {
  it('honours a session made on A on B, and ends it on both at sign-out', async () => {
    const browser = new CookieJar();
    setApiBase(a.base);
    setApiFetch(browser.fetch);
    await call('health');
    await call('login', { body: { username: 'admin', password: ADMIN_PASSWORD } });
    setApiBase(b.base);
    expect((await call('me')).username).toBe('admin');
    await call('logout', { body: {} });
    setApiBase(a.base);
    await expect(call('me')).rejects.toMatchObject({ status: 401 });
  }, SERVER_HOOK_TIMEOUT);

  it('counts sign-in attempts across instances: the limit is per client, not per client per instance', async () => {
    // The default sign-in limit is 10 a minute; this file has signed in three times (just now, so the minute has
    // not run out). Alternating instances, the 8th attempt from here is the 11th in the window: refused, however a load
    // balancer spreads them. Counted per instance, neither would have reached the limit.
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${(i % 2 ? b : a).base}/api/v1/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json', cookie: 'sg_csrf=x', 'x-csrf-token': 'x' },
        body: JSON.stringify({ username: 'admin', password: 'wrong-password-123' }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 7)).toEqual(Array(7).fill(401));
    expect(statuses[7]).toBe(429);
  }, SERVER_HOOK_TIMEOUT);

  it('share triage: an edit on A is read on B, and a stale edit on B is refused', async () => {
    on(a);
    const [f] = (await call('listFindings', { query: { limit: 1, state: 'open', sort: '-riskScore' } })).items;
    on(b);
    expect((await call('getFinding', { params: { id: f!.id } })).finding.version).toBe(f!.version);
    on(a);
    await call('updateFinding', { params: { id: f!.id }, body: { version: f!.version, state: 'in_progress', comment: 'taken on A' } });
    on(b);
    const seen = await call('getFinding', { params: { id: f!.id } });
    expect(seen.finding).toMatchObject({ state: 'in_progress', version: f!.version + 1 });
    expect(seen.events.some((e) => e.action === 'commented' && e.comment === 'taken on A')).toBe(true);
    expect((await call('listFindings', { query: { state: 'in_progress', limit: 500 } })).items.map((x) => x.id)).toContain(f!.id);
    // B's user still holds the version from before A's edit: the write is refused, nothing changes.
    await expect(call('updateFinding', { params: { id: f!.id }, body: { version: f!.version, state: 'open', comment: 'stale on B' } }))
      .rejects.toMatchObject({ status: 409 });
    on(a);
    expect((await call('getFinding', { params: { id: f!.id } })).finding).toMatchObject({ state: 'in_progress', version: f!.version + 1 });
  }, SERVER_HOOK_TIMEOUT);

  it('shares the SLA policy (and the due dates it moves) and campaigns', async () => {
    on(a);
    const policy = await call('getSlaPolicy');
    const [open] = (await call('listFindings', { query: { limit: 1, state: 'open', severity: 'critical' } })).items;
    await call('updateSlaPolicy', { body: { version: policy.version, critical: policy.critical - 1, high: policy.high, medium: policy.medium, low: policy.low } });
    const moved = (await call('getFinding', { params: { id: open!.id } })).finding;
    const campaign = await call('createCampaign', { body: { name: 'Started on A', filter: { severity: 'critical', state: 'open' }, ownerId: 'u-admin', targetDate: '2027-06-30' } });
    on(b);
    expect(await call('getSlaPolicy')).toMatchObject({ critical: policy.critical - 1, version: policy.version + 1 });
    expect((await call('getFinding', { params: { id: open!.id } })).finding).toMatchObject({ dueAt: moved.dueAt, version: moved.version });
    expect((await call('getCampaign', { params: { id: campaign.id } })).progress.total).toBe(campaign.progress.total);
    // B's editor loaded the policy before A's change: refused as stale.
    await expect(call('updateSlaPolicy', { body: { version: policy.version, critical: 2, high: policy.high, medium: policy.medium, low: policy.low } }))
      .rejects.toMatchObject({ status: 409 });
  }, SERVER_HOOK_TIMEOUT);

  it('shows an import made on A on B, with its history', async () => {
    const inventory = generateInventory('demo');
    const dropped = inventory.connections[0]!.id;
    const smaller = {
      ...inventory,
      connections: inventory.connections.filter((c) => c.id !== dropped),
      apps: inventory.apps.map((x) => ({ ...x, connectionIds: x.connectionIds.filter((id) => id !== dropped) })),
      shares: inventory.shares.filter((s) => s.resourceId !== dropped),
      activity: inventory.activity.filter((x) => x.connectionId !== dropped),
    };
    on(b);
    const before = (await call('listConnections', { query: { limit: 1 } })).total;
    on(a);
    await call('createImport', { body: { format: 'native', fileName: 'from-a.json', content: JSON.stringify(smaller) } });
    on(b);
    expect((await call('listConnections', { query: { limit: 1 } })).total).toBe(before - 1);
    await expect(call('getConnection', { params: { id: dropped } })).rejects.toMatchObject({ status: 404 });
    expect((await call('listImports')).items[0]).toMatchObject({ fileName: 'from-a.json', status: 'succeeded' });
  }, SERVER_HOOK_TIMEOUT);

});
