import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { buildUrl, setApiBase } from '../../src/lib/apiClient';
import { endpoints, type EndpointName } from '../../src/contract/endpoints';
import { MAX_PAGE_SIZE } from '../../src/contract/pagination';
import { insertUser } from '../auth/accounts';
import { createSession } from '../auth/sessions';
import { removeDir, startServer, tempDataDir, SERVER_HOOK_TIMEOUT } from './harness';

/**
 * Property: whatever a client puts in a read endpoint's query string or path id, the real server answers 200
 * with a bounded page, 404 for an id it does not know, 414 for an id longer than any, or 400 problem details
 * naming the offending field:
 * never a 500, never a page larger than the contract allows.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let cookie = '';
const dir = tempDataDir();

beforeAll(async () => {
  server = await startServer(dir);
  setApiBase(server.base);
  const account = await insertUser(server.store.db, { username: 'fuzz', displayName: 'Fuzz', role: 'admin', password: 'fuzz-password-12' });
  cookie = `sg_session=${(await createSession(server.store.db, account.id)).token}`;
}, SERVER_HOOK_TIMEOUT);

afterAll(async () => {
  await server.app.close();
  removeDir(dir);
}, SERVER_HOOK_TIMEOUT);

/** Values that probe parsers: plausible ones (numbers, enum-ish words, lists, sort specs) and hostile ones. */
const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map(String),
  fc.double().map(String),
  fc.constantFrom('', ' ', 'true', 'false', 'null', 'NaN', '-0', '1e309', '0x10', 'prod', 'n8n', 'power_platform', 'critical', 'open',
    '-riskScore', 'riskScore,name', 'name,-name', '-riskScore,name,platform,actors', ',', ',,,', '%00', '\u0000', '../../etc/passwd',
    'eyJvIjotMX0', 'eyJvIjoxZTl9', btoa(JSON.stringify({ o: 99_999_999 })), 'x'.repeat(5000)),
  fc.array(fc.constantFrom('n8n', 'zapier', 'prod', 'dev', 'bogus', ''), { maxLength: 5 }).map((a) => a.join(',')),
);

function queryKeys(name: EndpointName): string[] {
  const schema = endpoints[name].query;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

const READS = (Object.keys(endpoints) as EndpointName[]).filter((n) => endpoints[n].method === 'GET' && n !== 'health');
const idOf = (name: EndpointName): string | undefined => {
  const s = server.store.state;
  if (!endpoints[name].path.includes(':id')) return undefined;
  if (name === 'getPrincipal' || name === 'whoCanActAs' || name === 'reach') return s.inventory.principals[0]!.id;
  if (name === 'getApp') return s.inventory.apps[0]!.id;
  if (name === 'getFinding') return [...s.findings.keys()][0]!;
  return s.inventory.connections[0]!.id;
};

async function get(name: EndpointName, params: Record<string, string>, query: Record<string, string>) {
  const res = await fetch(buildUrl(endpoints[name].path, params, query), { headers: { cookie } });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text };
}

function expectSane(name: EndpointName, r: { status: number; type: string; text: string }) {
  // 414: a path segment longer than any id (the router's limit), answered as problem details like the rest.
  expect([200, 400, 404, 414], `${name} answered ${r.status}: ${r.text.slice(0, 300)}`).toContain(r.status);
  if (r.status === 200) {
    const body = JSON.parse(r.text) as { items?: unknown[] };
    if (Array.isArray(body.items)) expect(body.items.length).toBeLessThanOrEqual(MAX_PAGE_SIZE);
    return;
  }
  expect(r.type).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(r.text) as { status: number; errors?: { field: string }[] };
  expect(problem.status).toBe(r.status);
  if (r.status === 400) {
    expect(problem.errors?.length, r.text).toBeGreaterThan(0);
    for (const e of problem.errors ?? []) expect(e.field).toMatch(/^(query|path)(\.|$)/);
  }
}

describe('API query parameters under fuzzing (real server)', () => {
  for (const name of READS) {
    const keys = queryKeys(name);
    it(`${endpoints[name].path}: any query and id give 200, 404 or a 400 naming the field`, async () => {
      const id = idOf(name);
      const query = fc.dictionary(keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })) : fc.string({ maxLength: 8 }), value, { maxKeys: 4 });
      const pathId = id === undefined ? fc.constant(undefined) : fc.oneof(fc.constant(id), fc.string({ maxLength: 300 }), fc.constantFrom('..', '%2e%2e', 'x'.repeat(250)));
      await fc.assert(fc.asyncProperty(query, pathId, async (q, pid) => {
        const params: Record<string, string> = pid === undefined ? {} : { id: pid };
        if (pid === '') return; // an empty path segment is another route, not this endpoint
        expectSane(name, await get(name, params, q));
      }), { numRuns: 60 });
    }, 120_000);
  }
});
