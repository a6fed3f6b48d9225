import { afterAll, describe, expect, it } from 'vitest';
import { call, ApiError } from '../src/lib/apiClient';
import { endpoints, type EndpointName } from '../src/contract/endpoints';
import type { ServiceState } from '../src/service/state';
import { campaignContractChecks } from './campaignContract';
import { remediationBoardChecks } from './remediationBoardContract';
import { failure } from './failure';

/** What the suite needs from an implementation: its state (to check what changed) and an admin's credentials. */
export interface ContractHarness {
  name: string;
  state: () => ServiceState;
  admin: { username: string; password: string };
}


/**
 * The contract suite: the same assertions against the MSW mock and the real server (over HTTP), so neither
 * implementation can drift from `src/contract`. Every endpoint must be exercised; the last check says so.
 */
export function contractSuite(h: ContractHarness) {
  const covered = new Set<EndpointName>();
  async function ok<N extends EndpointName>(name: N, input: Parameters<typeof call<N>>[1] = {}) {
    covered.add(name);
    // call() parses every response with the endpoint's schema: a drifting implementation throws here.
    return call(name, input);
  }

  afterAll(() => {
    expect([...covered].sort()).toEqual((Object.keys(endpoints) as EndpointName[]).sort());
  });

  describe(`${h.name} honours the contract`, () => {
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
      expect((await ok('listSnapshots')).items.length).toBeGreaterThan(0);
      await ok('listImports');
      await ok('graphOverview', { query: { budget: 200 } });
      await ok('graphNeighbourhood', { params: { id: first.id }, query: { depth: 2, budget: 100 } });
      await ok('graphSearch', { query: { q: first.name.slice(0, 4) } });
      await ok('whoCanActAs', { params: { id: first.authenticatesAs } });
      await ok('reach', { params: { id: principals.items[0]!.id } });
      await ok('blastRadius', { params: { id: first.id } });
      await ok('shortestPath', { query: { from: principals.items[0]!.id, to: first.targetId } });
    });

    it('computes SLA compliance and time to remediate over every matching finding, in every state', async () => {
      const platform = (await ok('platforms')).items[0]!.platform;
      const all: Awaited<ReturnType<typeof call<'listFindings'>>>['items'] = [];
      let cursor: string | undefined;
      do {
        const page = await ok('listFindings', { query: { platform, limit: 500, cursor } });
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      // Worked out here from the raw findings, independently of the domain's functions.
      const now = h.state().now().getTime();
      const open = all.filter((f) => f.state === 'open' || f.state === 'in_progress');
      const overdue = open.filter((f) => f.dueAt !== null && Date.parse(f.dueAt) < now).length;
      const resolved = all.filter((f) => f.state === 'resolved');
      const metrics = await ok('getFindingMetrics', { query: { platform } });
      expect(metrics.findings).toBe(all.length);
      expect(metrics.sla).toEqual(open.length === 0 ? { kind: 'insufficient', sample: 0, needed: 1 } : { kind: 'value', value: (100 * (open.length - overdue)) / open.length, sample: open.length });
      if (resolved.length >= 5) {
        const days = resolved.reduce((sum, f) => sum + Math.max(0, Date.parse(f.updatedAt) - Date.parse(f.firstSeenAt)) / 86_400_000, 0);
        expect(metrics.mttr).toMatchObject({ kind: 'value', sample: resolved.length });
        expect(metrics.mttr.kind === 'value' && metrics.mttr.value).toBeCloseTo(days / resolved.length, 6);
      } else {
        expect(metrics.mttr).toEqual({ kind: 'insufficient', sample: resolved.length, needed: 5 });
      }
      expect(all.length).toBeGreaterThan(0);
      expect((await failure(ok('getFindingMetrics', { query: { platform: 'nonsense' } as never }))).status).toBe(400);
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
      const err = await failure(call('listConnections', { query: { sort: 'password' } }));
      expect(err).toBeInstanceOf(ApiError);
      expect(err.status).toBe(400);
      expect(err.problem.errors?.[0]?.field).toBe('query.sort');
      const cursor = await failure(call('listConnections', { query: { cursor: 'not-a-cursor' } }));
      expect(cursor.problem.errors?.[0]?.field).toBe('query.cursor');
    });

    it('answers 404 for unknown ids', async () => {
      const err = await failure(call('getConnection', { params: { id: 'no-such-connection' } }));
      expect(err.status).toBe(404);
    });

    it('detects a stale triage edit instead of overwriting it', async () => {
      const [f] = (await ok('listFindings', { query: { limit: 1 } })).items;
      const updated = await ok('updateFinding', { params: { id: f!.id }, body: { version: f!.version, state: 'in_progress' } });
      expect(updated.finding.version).toBe(f!.version + 1);
      expect(updated.events.at(-1)).toMatchObject({ action: 'state_changed', actor: h.admin.username, before: { state: 'open' } });
      const stale = await failure(call('updateFinding', { params: { id: f!.id }, body: { version: f!.version, state: 'resolved' } }));
      expect(stale.status).toBe(409);
      expect(h.state().findings.get(f!.id)?.state).toBe('in_progress');
    });

    it('requires a justification and expiry to accept a risk', async () => {
      const [f] = (await ok('listFindings', { query: { limit: 1, state: 'open' } })).items;
      const err = await failure(call('updateFinding', { params: { id: f!.id }, body: { version: f!.version, state: 'risk_accepted' } }));
      expect(err.status).toBe(400);
      expect(err.problem.errors?.map((e) => e.field)).toEqual(['body.justification', 'body.acceptedUntil']);
    });

    it('bulk-assigns every finding matching a filter, atomically, with one audit event each', async () => {
      const { items: [top] } = await ok('listFindings', { query: { limit: 1, state: 'open' } });
      const filter = { ruleId: top!.ruleId, state: 'open' };
      const { total } = await ok('listFindings', { query: { ...filter, limit: 1 } });
      const eventsBefore = h.state().events.length;
      const result = await ok('bulkUpdateFindings', { body: { filter, patch: { assigneeId: 'bulk.analyst' } } });
      expect(result).toMatchObject({ matched: total, updated: total, events: total, skipped: [] });
      const added = h.state().events.slice(eventsBefore);
      expect(added).toHaveLength(total);
      expect(added.every((e) => e.action === 'assigned' && e.actor === h.admin.username && e.after.assigneeId === 'bulk.analyst')).toBe(true);
      expect((await ok('listFindings', { query: { ...filter, assigneeId: 'bulk.analyst', limit: 1 } })).total).toBe(total);
      // Again: nothing left to change, each one skipped with its reason, no new events.
      const again = await ok('bulkUpdateFindings', { body: { filter, patch: { assigneeId: 'bulk.analyst' } } });
      expect(again).toMatchObject({ matched: total, updated: 0, events: 0 });
      expect(again.skipped.every((s) => s.reason === 'already as requested')).toBe(true);
      expect(h.state().events.length).toBe(eventsBefore + total);
    });

    it('bulk state changes by ids follow the lifecycle rules and report unknown ids', async () => {
      const { items } = await ok('listFindings', { query: { limit: 2, state: 'open', sort: 'riskScore' } });
      const ids = items.map((f) => f.id);
      const refused = await failure(call('bulkUpdateFindings', { body: { ids, patch: { state: 'risk_accepted' } } }));
      expect(refused.status).toBe(400);
      expect(refused.problem.errors?.map((e) => e.field)).toEqual(['body.patch.justification', 'body.patch.acceptedUntil']);
      const both = await failure(call('bulkUpdateFindings', { body: { patch: { state: 'in_progress' } } }));
      expect(both.problem.errors?.[0]?.field).toBe('body.ids');
      const result = await ok('bulkUpdateFindings', {
        body: { ids: [...ids, 'no-such-finding'], patch: { state: 'false_positive', reason: 'test data', comment: 'checked with the owner' } },
      });
      expect(result).toMatchObject({ matched: 2, updated: 2, events: 4, skipped: [{ id: 'no-such-finding', reason: 'not found' }] });
      for (const f of items) {
        expect(h.state().findings.get(f.id)).toMatchObject({ state: 'false_positive', reason: 'test data', version: f.version + 1 });
      }
    });

    it('filters by SLA status, owner, assignment and age; a bulk edit on that filter selects the same rows', async () => {
      const { items: [top] } = await ok('listFindings', { query: { limit: 1, state: 'open' } });
      // Make some findings late, then the SLA filter, the list and the bulk path must agree on them.
      const filter = { ruleId: top!.ruleId, state: 'open,in_progress' };
      await ok('bulkUpdateFindings', { body: { filter, patch: { dueAt: '2020-01-01T00:00:00.000Z' } } });
      const overdue = await ok('listFindings', { query: { ...filter, sla: 'overdue', limit: 500 } });
      expect(overdue.total).toBeGreaterThan(0);
      expect(overdue.items.every((f) => f.dueAt === '2020-01-01T00:00:00.000Z')).toBe(true);
      const bulk = await ok('bulkUpdateFindings', { body: { filter: { ...filter, sla: 'overdue' }, patch: { comment: 'late, chasing' } } });
      expect(bulk.matched).toBe(overdue.total);
      const owned = await ok('listFindings', { query: { owner: top!.ownerId ?? 'nobody', state: 'open,in_progress,resolved,risk_accepted,false_positive', limit: 500 } });
      expect(owned.items.every((f) => f.ownerId === top!.ownerId || f.ownerName?.toLowerCase().includes(top!.ownerId ?? ''))).toBe(true);
      const unassigned = await ok('listFindings', { query: { assignment: 'unassigned', limit: 500 } });
      expect(unassigned.items.every((f) => f.assigneeId === null)).toBe(true);
      const young = await ok('listFindings', { query: { maxAgeDays: 36_500, limit: 1 } });
      const all = await ok('listFindings', { query: { limit: 1 } });
      expect(young.total).toBe(all.total);
      const bad = await failure(call('listFindings', { query: { sla: 'late' } }));
      expect(bad.problem.errors?.[0]?.field).toMatch(/^query\.sla/);
    });

    it('groups the queue with counts over every matching finding', async () => {
      const grouped = await ok('listFindings', { query: { groupBy: 'rule', limit: 10 } });
      const flat = await ok('listFindings', { query: { limit: 1 } });
      expect(grouped.total).toBe(flat.total);
      expect(grouped.groups!.reduce((n, g) => n + g.count, 0)).toBe(flat.total);
      expect(grouped.itemGroups).toHaveLength(grouped.items.length);
      expect(grouped.items.every((f, i) => f.ruleId === grouped.itemGroups![i])).toBe(true);
      for (const groupBy of ['identity', 'app'] as const) {
        const page = await ok('listFindings', { query: { groupBy, limit: 5 } });
        expect(page.groups!.length).toBeGreaterThan(0);
      }
      const bad = await failure(call('listFindings', { query: { groupBy: 'colour' } }));
      expect(bad.problem.errors?.[0]?.field).toBe('query.groupBy');
    });

    it("saves, lists, applies and deletes the user's views; names are validated and kept as text", async () => {
      const hostile = '<img src=x onerror=alert(1)> "views" & more';
      const params = { sla: 'overdue', groupBy: 'rule', state: 'all' } as const;
      const view = await ok('createSavedView', { body: { name: `  ${hostile}  `, params } });
      expect(view).toMatchObject({ name: hostile, params });
      expect((await ok('listSavedViews')).items).toContainEqual(view);
      // Applying a view is asking the queue for its parameters ('all' states means no state filter).
      const { state: _all, ...query } = view.params;
      const applied = await ok('listFindings', { query: { ...query, limit: 1 } });
      expect(applied.groups).toBeDefined();
      const taken = await failure(call('createSavedView', { body: { name: hostile, params: {} } }));
      expect(taken.status).toBe(409);
      const long = await failure(call('createSavedView', { body: { name: 'x'.repeat(81), params: {} } }));
      expect(long.status).toBe(400);
      expect(long.problem.errors?.[0]?.field).toBe('body.name');
      const badFilter = await failure(call('createSavedView', { body: { name: 'bad', params: { severity: 'apocalyptic' } } }));
      expect(badFilter.problem.errors?.[0]?.field).toMatch(/^body\.params\.severity/);
      expect(await ok('deleteSavedView', { params: { id: view.id }, body: {} })).toEqual({ status: 'deleted', id: view.id });
      expect((await ok('listSavedViews')).items.map((v) => v.id)).not.toContain(view.id);
      expect((await failure(call('deleteSavedView', { params: { id: view.id }, body: {} }))).status).toBe(404);
    });

    it('starts a campaign over the findings a filter matches, and its progress follows their triage', async () => {
      await campaignContractChecks(ok as typeof call, call, h.state);
    });

    it('computes the remediation board over every finding, and resolving one moves it', async () => {
      await remediationBoardChecks(ok as typeof call, call, h.state);
    });

    it('keeps an editable SLA policy: a change moves policy-set due dates of active findings, not hand-set ones', async () => {
      const DAY = 86_400_000;
      const policy = await ok('getSlaPolicy');
      expect(policy).toMatchObject({ critical: 7, high: 30, medium: 90, low: 180 });
      const { items } = await ok('listFindings', { query: { severity: 'critical', state: 'open', limit: 100 } });
      // Due dates still as the policy set them (earlier tests hand-set some).
      const policySet = items.filter((f) => f.dueAt && Date.parse(f.dueAt) - Date.parse(f.firstSeenAt) === 7 * DAY);
      expect(policySet.length).toBeGreaterThanOrEqual(2);
      const [byPolicy, byHand] = policySet;
      const handDate = new Date(Date.parse(byHand!.dueAt!) + DAY).toISOString();
      const handSet = await ok('updateFinding', { params: { id: byHand!.id }, body: { version: byHand!.version, dueAt: handDate } });

      const saved = await ok('updateSlaPolicy', { body: { version: policy.version, critical: 3, high: 30, medium: 90, low: 180 } });
      expect(saved).toMatchObject({ critical: 3, version: policy.version + 1, updatedBy: h.admin.username });
      expect(await ok('getSlaPolicy')).toEqual(saved);
      const moved = (await ok('getFinding', { params: { id: byPolicy!.id } })).finding;
      expect(moved).toMatchObject({ dueAt: new Date(Date.parse(byPolicy!.firstSeenAt) + 3 * DAY).toISOString(), version: byPolicy!.version + 1 });
      expect((await ok('getFinding', { params: { id: byHand!.id } })).finding).toMatchObject({ dueAt: handDate, version: handSet.finding.version });

      const stale = await failure(call('updateSlaPolicy', { body: { version: policy.version, critical: 1, high: 30, medium: 90, low: 180 } }));
      expect(stale.status).toBe(409);
      const unordered = await failure(call('updateSlaPolicy', { body: { version: saved.version, critical: 3, high: 30, medium: 20, low: 180 } }));
      expect(unordered.status).toBe(422);
      expect(unordered.problem.errors?.map((e) => e.field)).toEqual(['body.medium']);
      const outOfRange = await failure(call('updateSlaPolicy', { body: { version: saved.version, critical: 0, high: 30, medium: 90, low: 3651 } }));
      expect(outOfRange.problem.errors?.map((e) => e.field)).toEqual(['body.critical', 'body.low']);
      expect((await ok('getSlaPolicy')).version).toBe(saved.version);
      // Back to the defaults, so the tests after this one see the policy they expect.
      await ok('updateSlaPolicy', { body: { version: saved.version, critical: 7, high: 30, medium: 90, low: 180 } });
    });

    it('rejects a bad import whole, naming where, and changes nothing', async () => {
      const before = h.state().inventory;
      const err = await failure(call('createImport', { body: { format: 'native', fileName: 'bad.json', content: '{"schemaVersion":1,"principals":[]}' } }));
      expect(err.status).toBe(422);
      expect(err.problem.errors?.some((e) => e.field === 'generatedAt')).toBe(true);
      expect(h.state().inventory).toBe(before);
      const history = await ok('listImports');
      expect(history.items[0]).toMatchObject({ fileName: 'bad.json', status: 'failed' });
    });

    it('re-imports keep triage state and resolve what is no longer reproduced', async () => {
      const [f] = (await ok('listFindings', { query: { limit: 1, state: 'open', sort: '-riskScore' } })).items;
      await ok('updateFinding', { params: { id: f!.id }, body: { version: f!.version, assigneeId: 'analyst-1' } });
      const inventory = h.state().inventory;
      const same = await ok('createImport', { body: { format: 'native', fileName: 'same.json', content: JSON.stringify(inventory) } });
      expect(same.findings.new).toBe(0);
      expect(h.state().findings.get(f!.id)?.assigneeId).toBe('analyst-1');
      expect(f!.subjectType).toBe('connection');
      const without = {
        ...inventory,
        connections: inventory.connections.filter((c) => c.id !== f!.subjectId),
        apps: inventory.apps.map((a) => ({ ...a, connectionIds: a.connectionIds.filter((id) => id !== f!.subjectId) })),
        shares: inventory.shares.filter((s) => s.resourceId !== f!.subjectId),
        activity: inventory.activity.filter((a) => a.connectionId !== f!.subjectId),
      };
      const shrunk = await ok('createImport', { body: { format: 'native', fileName: 'shrunk.json', content: JSON.stringify(without) } });
      expect(shrunk.findings.resolved).toBeGreaterThan(0);
      expect(h.state().findings.get(f!.id)).toMatchObject({ state: 'resolved', reason: 'not reproduced by import' });
    });

    it('simulates a remediation', async () => {
      const [c] = (await ok('listConnections', { query: { limit: 1, sort: '-actors' } })).items;
      const result = await ok('whatIf', { body: { changes: [{ type: 'replace_identity', connectionId: c!.id }] } });
      expect(result.connectionIds).toContain(c!.id);
    });

    it('manages users, refusing duplicates and the last administrator leaving', async () => {
      const created = await ok('createUser', { body: { username: 'ana.lyst', displayName: 'Ana Lyst', role: 'analyst', password: 'correct horse battery' } });
      expect(created).toMatchObject({ username: 'ana.lyst', role: 'analyst', disabled: false });
      expect((await ok('listUsers')).items.map((u) => u.username)).toContain('ana.lyst');
      const dup = await failure(call('createUser', { body: { username: 'ana.lyst', displayName: 'Again', role: 'viewer', password: 'correct horse battery' } }));
      expect(dup.status).toBe(409);
      const short = await failure(call('createUser', { body: { username: 'shorty', displayName: 'S', role: 'viewer', password: 'short' } }));
      expect(short.problem.errors?.[0]?.field).toBe('body.password');
      expect(await ok('updateUser', { params: { id: created.id }, body: { role: 'coe_lead' } })).toMatchObject({ role: 'coe_lead' });
      const me = await call('me');
      const lockout = await failure(call('updateUser', { params: { id: me.id }, body: { role: 'viewer' } }));
      expect(lockout.status).toBe(409);
    });

    it('signs out and back in; a wrong password is refused', async () => {
      const wrong = await failure(call('login', { body: { username: h.admin.username, password: `${h.admin.password}x` } }));
      expect(wrong.status).toBe(401);
      expect(await ok('logout', { body: {} })).toEqual({ status: 'signed_out' });
      expect((await failure(call('me'))).status).toBe(401);
      expect(await ok('login', { body: h.admin })).toMatchObject({ username: h.admin.username, role: 'admin' });
      expect((await call('me')).username).toBe(h.admin.username);
    });
  });
}
