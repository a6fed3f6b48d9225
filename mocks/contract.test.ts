import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { call, setApiBase, ApiError } from '../src/lib/apiClient';
import { endpoints, type EndpointName } from '../src/contract/endpoints';
import { createMockServer } from './node';

const { server, state } = createMockServer();
const covered = new Set<EndpointName>();

async function ok<N extends EndpointName>(name: N, input: Parameters<typeof call<N>>[1] = {}) {
  covered.add(name);
  // call() parses every response with the endpoint's schema: a drifting mock throws here.
  return call(name, input);
}

beforeAll(() => {
  setApiBase('http://sharegraph.test');
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
  // Every operation of the contract has been exercised against the mock.
  expect([...covered].sort()).toEqual((Object.keys(endpoints) as EndpointName[]).sort());
});

describe('mock API honours the contract', () => {
  it('answers every read endpoint with contract-shaped data', async () => {
    await ok('health');
    expect((await ok('me')).role).toBe('admin');
    const { rules } = await ok('rules');
    expect(rules.length).toBeGreaterThanOrEqual(14);
    await ok('platforms');
    const connections = await ok('listConnections', { query: { limit: 5, sort: '-riskScore' } });
    expect(connections.items).toHaveLength(5);
    const first = connections.items[0]!;
    const detail = await ok('getConnection', { params: { id: first.id } });
    expect(detail.connection.id).toBe(first.id);
    const principals = await ok('listPrincipals', { query: { kind: 'person', limit: 3 } });
    await ok('getPrincipal', { params: { id: principals.items[0]!.id } });
    const apps = await ok('listApps', { query: { limit: 3 } });
    await ok('getApp', { params: { id: apps.items[0]!.id } });
    await ok('listShares', { query: { limit: 3 } });
    await ok('listTargets', { query: { limit: 3 } });
    const findings = await ok('listFindings', { query: { limit: 3 } });
    await ok('getFinding', { params: { id: findings.items[0]!.id } });
    await ok('listSnapshots');
    await ok('listImports');
    await ok('graphOverview', { query: { budget: 200 } });
    await ok('graphNeighbourhood', { params: { id: first.id }, query: { depth: 2, budget: 100 } });
    await ok('graphSearch', { query: { q: first.name.slice(0, 4) } });
    await ok('whoCanActAs', { params: { id: first.authenticatesAs } });
    await ok('reach', { params: { id: principals.items[0]!.id } });
    await ok('blastRadius', { params: { id: first.id } });
    await ok('shortestPath', { query: { from: principals.items[0]!.id, to: first.targetId } });
  });

  it('pages with cursors without repeating or skipping rows', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let total: number;
    do {
      const page = await ok('listConnections', { query: { limit: 50, cursor, sort: 'name' } });
      seen.push(...page.items.map((c) => c.id));
      total = page.total;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('filters and sorts on the server', async () => {
    const page = await ok('listConnections', { query: { platform: 'n8n', sort: '-actors', limit: 500 } });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((c) => c.platform === 'n8n')).toBe(true);
    const actors = page.items.map((c) => c.actors);
    expect(actors).toEqual([...actors].sort((a, b) => b - a));
  });

  it('rejects bad input with a problem that names the field', async () => {
    const err = await call('listConnections', { query: { sort: 'password' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(400);
    expect((err as ApiError).problem.errors?.[0]?.field).toBe('query.sort');
    const cursor = await call('listConnections', { query: { cursor: 'not-a-cursor' } }).catch((e: unknown) => e);
    expect((cursor as ApiError).problem.errors?.[0]?.field).toBe('query.cursor');
  });

  it('answers 404 for unknown ids', async () => {
    const err = await call('getConnection', { params: { id: 'no-such-connection' } }).catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(404);
  });

  it('detects a stale triage edit instead of overwriting it', async () => {
    const [f] = (await ok('listFindings', { query: { limit: 1 } })).items;
    const updated = await ok('updateFinding', { params: { id: f!.id }, body: { version: f!.version, state: 'in_progress' } });
    expect(updated.finding.version).toBe(f!.version + 1);
    expect(updated.events.at(-1)).toMatchObject({ action: 'state_changed', before: { state: 'open' } });
    const stale = await call('updateFinding', { params: { id: f!.id }, body: { version: f!.version, state: 'resolved' } }).catch((e: unknown) => e);
    expect((stale as ApiError).status).toBe(409);
    expect(state.findings.get(f!.id)?.state).toBe('in_progress');
  });

  it('requires a justification and expiry to accept a risk', async () => {
    const [f] = (await ok('listFindings', { query: { limit: 1, state: 'open' } })).items;
    const err = await call('updateFinding', { params: { id: f!.id }, body: { version: f!.version, state: 'risk_accepted' } }).catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(400);
    expect((err as ApiError).problem.errors?.map((e) => e.field)).toEqual(['body.justification', 'body.acceptedUntil']);
  });

  it('rejects a bad import whole, naming where, and changes nothing', async () => {
    const before = state.inventory;
    const err = await call('createImport', { body: { format: 'native', fileName: 'bad.json', content: '{"schemaVersion":1,"principals":[]}' } }).catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(422);
    expect((err as ApiError).problem.errors?.some((e) => e.field === 'generatedAt')).toBe(true);
    expect(state.inventory).toBe(before);
    const history = await ok('listImports');
    expect(history.items[0]).toMatchObject({ fileName: 'bad.json', status: 'failed' });
  });

  it('re-imports keep triage state and resolve what is no longer reproduced', async () => {
    const [f] = (await ok('listFindings', { query: { limit: 1, state: 'open', sort: '-riskScore' } })).items;
    await ok('updateFinding', { params: { id: f!.id }, body: { version: f!.version, assigneeId: 'analyst-1' } });
    const withoutSubject = { ...state.inventory, connections: state.inventory.connections.filter((c) => c.id !== f!.subjectId || f!.subjectType !== 'connection') };
    const same = await ok('createImport', { body: { format: 'native', fileName: 'same.json', content: JSON.stringify(state.inventory) } });
    expect(same.findings.new).toBe(0);
    expect(state.findings.get(f!.id)?.assigneeId).toBe('analyst-1');
    if (f!.subjectType === 'connection') {
      const shrunk = await ok('createImport', { body: { format: 'native', fileName: 'shrunk.json', content: JSON.stringify({ ...withoutSubject, apps: withoutSubject.apps.map((a) => ({ ...a, connectionIds: a.connectionIds.filter((id) => id !== f!.subjectId) })), activity: withoutSubject.activity.filter((a) => a.connectionId !== f!.subjectId) }) } });
      expect(shrunk.findings.resolved).toBeGreaterThan(0);
      expect(state.findings.get(f!.id)).toMatchObject({ state: 'resolved', reason: 'not reproduced by import' });
    }
  });

  it('simulates a remediation', async () => {
    const [c] = (await ok('listConnections', { query: { limit: 1, sort: '-actors' } })).items;
    const result = await ok('whatIf', { body: { changes: [{ type: 'replace_identity', connectionId: c!.id }] } });
    expect(result.connectionIds).toContain(c!.id);
  });

  it('fails loudly when a response drifts from the contract', async () => {
    server.use(http.get('*/api/v1/me', () => HttpResponse.json({ id: 'u', username: 'x', displayName: 'X', role: 'superuser' })));
    const err = await call('me').catch((e: unknown) => e);
    expect((err as ApiError).problem.title).toBe('The API answered outside its contract');
    server.resetHandlers();
  });
});
