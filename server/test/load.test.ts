import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUrl, setApiBase } from '../../src/lib/apiClient';
import { endpoints, type EndpointName } from '../../src/contract/endpoints';
import { generateInventory } from '../../src/domain';
import { insertUser } from '../auth/accounts';
import { createSession } from '../auth/sessions';
import { removeDir, startServer, tempDataDir, SERVER_HOOK_TIMEOUT } from './harness';

/**
 * The quick, bounded form of the load check (issue 11): 50 signed-in viewers read dashboards while an admin
 * imports an inventory and an analyst bulk-triages, for a few seconds on loopback. Asserted: no error answer,
 * both writes succeed, and the server's memory stays within a stated bound. Latency is printed, not asserted
 * (timings belong to `npm run bench`).
 */
const SESSIONS = 50;
const SECONDS = 5;
/**
 * The stated bound: peak RSS of this process (server, test runner and 50 clients) while the run lasts. The demo
 * state is held twice during the import (old and new), well under this.
 */
const MAX_RSS_MIB = 1536;
const CSRF = 'load-test-csrf';

let server: Awaited<ReturnType<typeof startServer>>;
const dir = tempDataDir();
const cookies: string[] = [];
let admin = '';
let analyst = '';

beforeAll(async () => {
  server = await startServer(dir);
  setApiBase(server.base);
  const db = server.store.db;
  for (let i = 0; i < SESSIONS; i++) {
    const viewer = await insertUser(db, { username: `viewer-${i}`, displayName: `Viewer ${i}`, role: 'viewer', password: 'load-password-123' });
    cookies.push(`sg_session=${(await createSession(db, viewer.id)).token}; sg_csrf=${CSRF}`);
  }
  const a = await insertUser(db, { username: 'load-admin', displayName: 'Admin', role: 'admin', password: 'load-password-123' });
  admin = `sg_session=${(await createSession(db, a.id)).token}; sg_csrf=${CSRF}`;
  const b = await insertUser(db, { username: 'load-analyst', displayName: 'Analyst', role: 'analyst', password: 'load-password-123' });
  analyst = `sg_session=${(await createSession(db, b.id)).token}; sg_csrf=${CSRF}`;
}, SERVER_HOOK_TIMEOUT);

afterAll(async () => {
  await server.app.close();
  removeDir(dir);
}, SERVER_HOOK_TIMEOUT);

async function send(name: EndpointName, cookie: string, opts: { query?: Record<string, string>; body?: unknown } = {}) {
  const ep = endpoints[name];
  const started = performance.now();
  const res = await fetch(buildUrl(ep.path, {}, opts.query), {
    method: ep.method,
    headers: { cookie, ...(ep.method === 'GET' ? {} : { 'content-type': 'application/json', 'x-csrf-token': CSRF }) },
    ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

/** What a manager's overview and an analyst's first screens ask for. */
const DASHBOARD: [EndpointName, Record<string, string>][] = [
  ['platforms', {}], ['listSnapshots', { limit: '100' }], ['listFindings', { limit: '50' }],
  ['listConnections', { limit: '100', sort: '-riskScore' }], ['listConnections', { limit: '100', environment: 'prod', sort: '-actors,name' }],
];

describe('load: 50 sessions read dashboards while an import and a bulk triage run', () => {
  it('answers every request without error and stays within its memory bound', async () => {
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);
    const until = Date.now() + SECONDS * 1000;
    const latencies: number[] = [];
    const failures: string[] = [];
    const reader = async (cookie: string, offset: number) => {
      for (let k = offset; Date.now() < until; k++) {
        const [name, query] = DASHBOARD[k % DASHBOARD.length]!;
        const r = await send(name, cookie, { query });
        latencies.push(r.ms);
        if (r.status !== 200) failures.push(`${name} → ${r.status}`);
      }
    };
    const inventory = generateInventory('demo');
    inventory.connections[0]!.name = 'Renamed during the load test';
    const writes = (async () => {
      const imported = await send('createImport', admin, { body: { format: 'native', fileName: 'load.json', content: JSON.stringify(inventory) } });
      const open = [...server.store.state.findings.values()].filter((f) => f.state === 'open').slice(0, 50).map((f) => f.id);
      const bulk = await send('bulkUpdateFindings', analyst, { body: { ids: open, patch: { assigneeId: 'p-load', comment: 'load test' } } });
      return [imported.status, bulk.status];
    })();
    const [, writeStatuses] = await Promise.all([Promise.all(cookies.map((c, i) => reader(c, i))), writes]);
    clearInterval(sampler);
    const peakRssMiB = peakRss / 1048576;

    const sorted = [...latencies].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    console.info(`load: ${latencies.length} reads in ${SECONDS} s by ${SESSIONS} sessions, p95 ${p95.toFixed(1)} ms, ${failures.length} errors, peak RSS ${peakRssMiB.toFixed(0)} MiB`);

    expect(failures).toEqual([]);
    expect(writeStatuses).toEqual([200, 200]);
    expect(server.store.state.connections.get(inventory.connections[0]!.id)?.name).toBe('Renamed during the load test');
    expect(latencies.length).toBeGreaterThan(SESSIONS);
    expect(peakRssMiB).toBeLessThan(MAX_RSS_MIB);
  }, 120_000);
});
