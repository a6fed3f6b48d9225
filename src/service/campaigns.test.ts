import { describe, expect, it } from 'vitest';
import { CampaignPatch, MAX_CAMPAIGN_FINDINGS, NewCampaign } from '../contract/campaigns';
import type { User } from '../contract/me';
import { finding } from '../domain/testing/records';
import { memoryWrites, readOperations } from './operations';
import { campaignProgress } from './campaigns';
import { ProblemError } from './problems';
import { emptyState, type ServiceState } from './state';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const lead: User = { id: 'u-lead', username: 'lead', displayName: 'Lea Lead', role: 'coe_lead' };
const past = '2026-05-01T00:00:00.000Z';

function stateWith(...rows: ReturnType<typeof finding>[]): ServiceState {
  const state = emptyState(() => NOW);
  state.findings = new Map(rows.map((f) => [f.id, f]));
  for (const [id, disabled] of [['u-lead', false], ['u-gone', true]] as const) {
    state.users.set(id, { id, username: id.slice(2), displayName: id === 'u-lead' ? 'Lea Lead' : 'Gone', role: 'coe_lead', disabled, createdAt: past });
  }
  return state;
}

const none = { params: {}, query: {} };
const create = (state: ServiceState, body: Record<string, unknown>) =>
  memoryWrites.createCampaign({ ...none, body: NewCampaign.parse({ name: 'Rotate', ownerId: 'u-lead', targetDate: '2026-09-30', ...body }) }, state, lead);
const update = (state: ServiceState, id: string, body: Record<string, unknown>) =>
  memoryWrites.updateCampaign({ params: { id }, query: {}, body: CampaignPatch.parse(body) }, state, lead);

function problem(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    if (err instanceof ProblemError) return { status: err.problem.status, field: err.problem.errors?.[0]?.field };
    throw err;
  }
  throw new Error('expected a problem');
}

describe('campaign progress', () => {
  it('counts closed states as resolved, overdue among the open ones, and rounds the percent down', () => {
    const state = stateWith(
      finding('a', { state: 'resolved' }), finding('b', { state: 'risk_accepted' }), finding('c', { state: 'false_positive' }),
      finding('d', { dueAt: past }), finding('e', { state: 'in_progress', dueAt: past }), finding('f'),
    );
    expect(campaignProgress(state, ['a', 'b', 'c', 'd', 'e', 'f'], NOW)).toEqual({ total: 6, resolved: 3, open: 3, overdue: 2, percent: 50 });
    // 2 of 3 is 66.7%: shown as 66, and 100 only once nothing is open.
    expect(campaignProgress(state, ['a', 'b', 'd'], NOW).percent).toBe(66);
    expect(campaignProgress(state, ['a', 'b', 'c'], NOW).percent).toBe(100);
    expect(campaignProgress(state, [], NOW).percent).toBe(0);
  });
});

describe('campaigns', () => {
  it('freeze the findings matching at the start: resolving one moves progress, new matches do not join', () => {
    const state = stateWith(finding('a'), finding('b'), finding('c', { severity: 'low' }));
    const campaign = create(state, { filter: { severity: 'high', state: 'open' } });
    expect(campaign.progress).toMatchObject({ total: 2, resolved: 0, percent: 0 });
    // Resolved findings leave the `state=open` filter, but stay in the campaign and count as done.
    state.findings.set('a', { ...state.findings.get('a')!, state: 'resolved' });
    state.findings.set('z', finding('z'));
    const read = readOperations.getCampaign({ ...none, params: { id: campaign.id }, body: undefined }, state, lead);
    expect(read.progress).toMatchObject({ total: 2, resolved: 1, open: 1, percent: 50 });
    expect(read.queueParams).toEqual({ campaignId: read.id, state: 'all' });
  });

  it('refuse a filter matching nothing or too much, an unknown or disabled owner, and a taken name, changing nothing', () => {
    const state = stateWith(finding('a'));
    expect(problem(() => create(state, { filter: { severity: 'low' } }))).toEqual({ status: 422, field: 'body.filter' });
    expect(problem(() => create(state, { filter: {}, ownerId: 'u-nobody' }))).toEqual({ status: 422, field: 'body.ownerId' });
    expect(problem(() => create(state, { filter: {}, ownerId: 'u-gone' }))).toEqual({ status: 422, field: 'body.ownerId' });
    create(state, { filter: {} });
    expect(problem(() => create(state, { name: 'ROTATE', filter: {} }))).toEqual({ status: 409, field: 'body.name' });
    expect(state.campaigns.size).toBe(1);

    const big = stateWith(...Array.from({ length: MAX_CAMPAIGN_FINDINGS + 1 }, (_, i) => finding(`f-${i}`)));
    expect(problem(() => create(big, { filter: {} }))).toEqual({ status: 422, field: 'body.filter' });
    expect(big.campaigns.size).toBe(0);
  });

  it('validate names, dates and filters in the contract, naming the field', () => {
    const fields = (input: Record<string, unknown>) =>
      NewCampaign.safeParse({ name: 'ok', ownerId: 'u-lead', targetDate: '2026-09-30', filter: {}, ...input }).error?.issues.map((i) => i.path.join('.'));
    expect(fields({ name: '  ' })).toEqual(['name']);
    expect(fields({ name: 'x'.repeat(121) })).toEqual(['name']);
    expect(fields({ name: 'x'.repeat(120) })).toBeUndefined();
    expect(fields({ targetDate: '2026-02-30' })).toEqual(['targetDate']);
    expect(fields({ targetDate: 'next week' })).toEqual(['targetDate']);
    expect(fields({ filter: { severity: 'apocalyptic' } })).toEqual(['filter.severity.0']);
    expect(fields({ filter: { sort: 'riskScore' } })).toEqual(['filter']);
  });

  it('take edits only against the current version, and never change their findings', () => {
    const state = stateWith(finding('a'), finding('b'));
    const { id } = create(state, { filter: {} });
    const edited = update(state, id, { version: 1, name: 'Rotate secrets', ownerId: 'u-lead', description: 'by Q3' });
    expect(edited).toMatchObject({ name: 'Rotate secrets', description: 'by Q3', version: 2, progress: { total: 2 } });
    const stale = problem(() => update(state, id, { version: 1, targetDate: '2027-01-01' }));
    expect(stale.status).toBe(409);
    expect(state.campaigns.get(id)).toMatchObject({ targetDate: '2026-09-30', version: 2 });
    expect(problem(() => update(state, id, { version: 2, ownerId: 'u-gone' }))).toEqual({ status: 422, field: 'body.ownerId' });
    // An empty description clears it.
    expect(update(state, id, { version: 2, description: ' ' }).description).toBeUndefined();
    expect(memoryWrites.deleteCampaign({ params: { id }, query: {}, body: {} }, state, lead)).toEqual({ status: 'deleted', id });
    expect(problem(() => update(state, id, { version: 3, name: 'x' })).status).toBe(404);
  });
});
