import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUrl, setApiBase } from '../../src/lib/apiClient';
import { endpoints, type EndpointName } from '../../src/contract/endpoints';
import { Role, hasRole } from '../../src/contract/me';
import type { ServiceState } from '../../src/service/state';
import { insertUser } from '../auth/accounts';
import { createSession } from '../auth/sessions';
import { insertCampaign } from '../db/campaigns';
import { planCampaign } from '../../src/service/campaigns';
import { removeDir, startServer, tempDataDir, SERVER_HOOK_TIMEOUT } from './harness';

interface Sample { params?: Record<string, string>; query?: Record<string, string>; body?: unknown }

/**
 * One request per endpoint that an allowed caller gets answered: reads with real ids (200), writes with a body
 * the contract rejects (400) so the matrix proves authorization without changing anything. A new endpoint
 * without a sample here fails to compile.
 */
const SAMPLES: Record<EndpointName, (s: ServiceState) => Sample> = {
  health: () => ({}),
  login: () => ({ body: { username: '' } }),
  logout: () => ({ body: [] }),
  listUsers: () => ({}),
  createUser: () => ({ body: { username: 'X' } }),
  updateUser: () => ({ params: { id: 'u-admin' }, body: {} }),
  me: () => ({}),
  rules: () => ({}),
  platforms: () => ({}),
  listConnections: () => ({ query: { limit: '2' } }),
  getConnection: (s) => ({ params: { id: s.inventory.connections[0]!.id } }),
  listPrincipals: () => ({}),
  getPrincipal: (s) => ({ params: { id: s.inventory.principals[0]!.id } }),
  listApps: () => ({}),
  getApp: (s) => ({ params: { id: s.inventory.apps[0]!.id } }),
  listShares: () => ({}),
  listTargets: () => ({}),
  listFindings: () => ({}),
  getFinding: (s) => ({ params: { id: [...s.findings.keys()][0]! } }),
  updateFinding: (s) => ({ params: { id: [...s.findings.keys()][0]! }, body: { version: 0 } }),
  bulkUpdateFindings: () => ({ body: { patch: {} } }),
  listSavedViews: () => ({}),
  createSavedView: () => ({ body: { name: '' } }),
  deleteSavedView: () => ({ params: { id: 'view-none' }, body: [] }),
  getSlaPolicy: () => ({}),
  // A policy the contract rejects (no days): analysts and viewers must get 403 before it is even read.
  updateSlaPolicy: () => ({ body: { version: 1 } }),
  listCampaigns: () => ({}),
  getCampaign: (s) => ({ params: { id: [...s.campaigns.keys()][0]! } }),
  createCampaign: () => ({ body: { name: '' } }),
  updateCampaign: (s) => ({ params: { id: [...s.campaigns.keys()][0]! }, body: { version: 0 } }),
  deleteCampaign: (s) => ({ params: { id: [...s.campaigns.keys()][0]! }, body: [] }),
  listSnapshots: () => ({}),
  getFindingMetrics: () => ({ query: { platform: 'power_platform' } }),
  getRemediationBoard: () => ({}),
  listImports: () => ({}),
  createImport: () => ({ body: { format: 'native' } }),
  graphOverview: () => ({ query: { budget: '50' } }),
  graphNeighbourhood: (s) => ({ params: { id: s.inventory.connections[0]!.id }, query: { budget: '50' } }),
  graphSearch: () => ({ query: { q: 'a' } }),
  whoCanActAs: (s) => ({ params: { id: s.inventory.connections[0]!.authenticatesAs } }),
  reach: (s) => ({ params: { id: s.inventory.principals[0]!.id } }),
  blastRadius: (s) => ({ params: { id: s.inventory.connections[0]!.id } }),
  shortestPath: (s) => ({ query: { from: s.inventory.principals[0]!.id, to: s.inventory.targets[0]!.id } }),
  whatIf: () => ({ body: { changes: [] } }),
};

const CSRF = 'matrix-csrf-token';
let server: Awaited<ReturnType<typeof startServer>>;
const dir = tempDataDir();
const tokens = new Map<Role, string>();
/** An admin's session that ended 30 days ago: the token is real, the row is still there, the time is over. */
let expired = '';
/** A token of the right shape that no session ever had. */
const FORGED = randomBytes(32).toString('base64url');

beforeAll(async () => {
  server = await startServer(dir);
  setApiBase(server.base);
  for (const role of Role.options) {
    const account = await insertUser(server.store.db, { username: `matrix-${role.replace('_', '-')}`, displayName: role, role, password: 'matrix-password-1' });
    tokens.set(role, (await createSession(server.store.db, account.id)).token);
    if (role === 'admin') expired = (await createSession(server.store.db, account.id, new Date(Date.now() - 60 * 86_400_000))).token;
  }
  // One stored campaign, so reading one answers 200; the matrix's writes are all refused before touching it.
  const { state } = server.store;
  const campaign = planCampaign(state, { id: 'u-admin', username: 'admin', displayName: 'admin', role: 'admin' }, {
    name: 'Matrix campaign', filter: { severity: 'critical' }, ownerId: 'u-admin', targetDate: '2027-01-31',
  });
  await insertCampaign(server.store.db, campaign);
  state.campaigns.set(campaign.id, campaign);
}, SERVER_HOOK_TIMEOUT);

afterAll(async () => {
  await server.app.close();
  removeDir(dir);
}, SERVER_HOOK_TIMEOUT);

async function send(name: EndpointName, session: string | null, { csrf = true } = {}) {
  const ep = endpoints[name];
  const sample = SAMPLES[name](server.store.state);
  const cookies = [`sg_csrf=${CSRF}`, ...(session ? [`sg_session=${session}`] : [])];
  const headers: Record<string, string> = { cookie: cookies.join('; ') };
  if (ep.method !== 'GET') {
    headers['content-type'] = 'application/json';
    if (csrf) headers['x-csrf-token'] = CSRF;
  }
  const res = await fetch(buildUrl(ep.path, sample.params, sample.query), {
    method: ep.method, headers, ...(ep.method !== 'GET' ? { body: JSON.stringify(sample.body ?? {}) } : {}),
  });
  if (res.status >= 400) expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return res.status;
}

const answered = (name: EndpointName) => (endpoints[name].method === 'GET' ? 200 : 400);

describe('authorization matrix: every endpoint × every role, no session, tampered, expired and forged sessions, missing CSRF', () => {
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const ep = endpoints[name];
    it(`${ep.method} ${ep.path} (${ep.minRole ?? 'public'})`, async () => {
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const role of Role.options) {
        got[role] = await send(name, tokens.get(role)!);
        want[role] = !ep.minRole || hasRole({ role }, ep.minRole) ? answered(name) : 403;
      }
      got.none = await send(name, null);
      want.none = ep.minRole ? 401 : answered(name);
      got.tampered = await send(name, `${tokens.get('admin')!.slice(0, -2)}xx`);
      want.tampered = ep.minRole ? 401 : answered(name);
      got.expired = await send(name, expired);
      want.expired = ep.minRole ? 401 : answered(name);
      got.forged = await send(name, FORGED);
      want.forged = ep.minRole ? 401 : answered(name);
      if (ep.method !== 'GET') {
        got.noCsrf = await send(name, tokens.get('admin')!, { csrf: false });
        want.noCsrf = 403;
      }
      expect(got).toEqual(want);
    });
  }
});
