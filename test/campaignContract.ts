import { expect } from 'vitest';
import type { call } from '../src/lib/apiClient';
import type { ServiceState } from '../src/service/state';
import { failure } from './failure';


/**
 * Campaigns through the contract, for the mock and the server alike (called from contractSuite.ts): progress
 * moves when a frozen finding is resolved, bad input is refused naming the field, edits are versioned.
 * `ok` is the suite's call that also records the endpoint as covered; plain `call` is passed for failures.
 */
export async function campaignContractChecks(ok: typeof call, raw: typeof call, state: () => ServiceState) {
  const me = await raw('me');
  const { items: [top] } = await ok('listFindings', { query: { limit: 1, state: 'open', sort: '-riskScore' } });
  const filter = { ruleId: top!.ruleId, state: 'open' };
  const { total } = await ok('listFindings', { query: { ...filter, limit: 1 } });
  const hostile = '<img src=x onerror=alert(1)> "rotate" & more';
  const created = await ok('createCampaign', { body: { name: `  ${hostile} `, filter, ownerId: me.id, targetDate: '2027-03-31' } });
  expect(created).toMatchObject({
    name: hostile, filter, ownerId: me.id, ownerName: me.displayName, targetDate: '2027-03-31', createdBy: me.username, version: 1,
    progress: { total, resolved: 0, open: total, percent: 0 },
  });
  expect(created.queueParams).toEqual({ campaignId: created.id, state: 'all' });
  expect((await ok('listCampaigns')).items).toContainEqual(created);

  // Resolving one finding moves the progress, although it no longer matches the campaign's `state=open` filter.
  const detail = await raw('getFinding', { params: { id: top!.id } });
  await raw('updateFinding', { params: { id: top!.id }, body: { version: detail.finding.version, state: 'resolved' } });
  const moved = await ok('getCampaign', { params: { id: created.id } });
  expect(moved.progress).toMatchObject({ total, resolved: 1, open: total - 1, percent: Math.floor(100 / total) });
  // The campaign's queue link shows exactly its frozen findings, the resolved one included.
  const queue = await raw('listFindings', { query: { campaignId: created.id, limit: 500 } });
  expect([queue.total, queue.stateCounts?.resolved]).toEqual([total, 1]);
  expect(queue.items.map((f) => f.id)).toContain(top!.id);

  const taken = await failure(raw('createCampaign', { body: { name: hostile.toUpperCase(), filter, ownerId: me.id, targetDate: '2027-03-31' } }));
  expect([taken.status, taken.problem.errors?.[0]?.field]).toEqual([409, 'body.name']);
  const empty = await failure(raw('createCampaign', { body: { name: 'Nothing', filter: { q: 'matches-no-finding-at-all' }, ownerId: me.id, targetDate: '2027-03-31' } }));
  expect([empty.status, empty.problem.errors?.[0]?.field]).toEqual([422, 'body.filter']);
  const nobody = await failure(raw('createCampaign', { body: { name: 'Nobody', filter, ownerId: 'u-nobody', targetDate: '2027-03-31' } }));
  expect([nobody.status, nobody.problem.errors?.[0]?.field]).toEqual([422, 'body.ownerId']);
  const date = await failure(raw('createCampaign', { body: { name: 'Bad date', filter, ownerId: me.id, targetDate: '2027-02-30' } }));
  expect([date.status, date.problem.errors?.[0]?.field]).toEqual([400, 'body.targetDate']);
  const badFilter = await failure(raw('createCampaign', { body: { name: 'Bad filter', filter: { severity: 'apocalyptic' }, ownerId: me.id, targetDate: '2027-03-31' } }));
  expect(badFilter.problem.errors?.[0]?.field).toMatch(/^body\.filter\.severity/);
  expect(state().campaigns.size).toBe(1);

  const renamed = await ok('updateCampaign', { params: { id: created.id }, body: { version: 1, name: 'Rotate shared secrets', targetDate: '2027-04-30' } });
  expect(renamed).toMatchObject({ name: 'Rotate shared secrets', targetDate: '2027-04-30', version: 2, progress: moved.progress });
  const stale = await failure(raw('updateCampaign', { params: { id: created.id }, body: { version: 1, name: 'Lost edit' } }));
  expect(stale.status).toBe(409);
  expect(state().campaigns.get(created.id)?.name).toBe('Rotate shared secrets');

  expect(await ok('deleteCampaign', { params: { id: created.id }, body: {} })).toEqual({ status: 'deleted', id: created.id });
  expect((await failure(raw('getCampaign', { params: { id: created.id } }))).status).toBe(404);
  expect((await failure(raw('listFindings', { query: { campaignId: created.id } }))).status).toBe(404);
}
