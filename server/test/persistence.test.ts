import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../src/lib/apiClient';
import { removeDir, signInAsAdmin, startServer, tempDataDir, SERVER_HOOK_TIMEOUT } from './harness';

const dir = tempDataDir();
afterAll(() => removeDir(dir));

describe('the database is the truth', () => {
  it('keeps a triage change and its audit entry across a restart', async () => {
    const first = await startServer(dir);
    expect(first.seeded).toBe(true);
    await signInAsAdmin(first.base);
    const [f] = (await call('listFindings', { query: { limit: 1, state: 'open' } })).items;
    await call('updateFinding', { params: { id: f!.id }, body: { version: f!.version, state: 'in_progress', comment: 'on it' } });
    const view = await call('createSavedView', { body: { name: 'Overdue by rule', params: { sla: 'overdue', groupBy: 'rule' } } });
    await first.app.close();

    const second = await startServer(dir);
    expect(second.seeded).toBe(false);
    expect(second.provisioned).toBeNull();
    await signInAsAdmin(second.base);
    const after = await call('getFinding', { params: { id: f!.id } });
    expect(after.finding).toMatchObject({ state: 'in_progress', version: f!.version + 1 });
    expect(after.events.map((e) => [e.action, e.actor])).toEqual(expect.arrayContaining([['state_changed', 'admin'], ['commented', 'admin']]));
    // The audit log refuses to be rewritten, by the database itself.
    await expect(second.store.db.deleteFrom('finding_events').execute()).rejects.toThrow(/append-only/);
    expect((await call('listSavedViews')).items).toEqual([view]);
    await second.app.close();
  }, SERVER_HOOK_TIMEOUT);

  it('keeps an SLA policy change, its audit entry and the due dates it moved across a restart', async () => {
    const first = await startServer(dir);
    await signInAsAdmin(first.base);
    const policy = await call('getSlaPolicy');
    const [f] = (await call('listFindings', { query: { severity: 'critical', state: 'open', limit: 1 } })).items;
    const saved = await call('updateSlaPolicy', { body: { version: policy.version, critical: 2, high: 20, medium: 60, low: 120 } });
    const moved = (await call('getFinding', { params: { id: f!.id } })).finding;
    expect(moved.dueAt).toBe(new Date(Date.parse(f!.firstSeenAt) + 2 * 86_400_000).toISOString());
    await first.app.close();

    const second = await startServer(dir);
    await signInAsAdmin(second.base);
    expect(await call('getSlaPolicy')).toEqual(saved);
    expect((await call('getFinding', { params: { id: f!.id } })).finding).toMatchObject({ dueAt: moved.dueAt, version: moved.version });
    expect(second.store.state.slaPolicyChanges.at(-1)).toMatchObject({
      version: saved.version, by: 'admin', before: { critical: 7, high: 30, medium: 90, low: 180 }, after: { critical: 2, high: 20, medium: 60, low: 120 },
    });
    await expect(second.store.db.deleteFrom('sla_policy_changes').execute()).rejects.toThrow(/append-only/);
    await second.app.close();
  }, SERVER_HOOK_TIMEOUT);

  it('ends a session on sign-out for good, also after a restart', async () => {
    const server = await startServer(dir);
    const jar = await signInAsAdmin(server.base);
    const stolen = jar.cookies.get('sg_session');
    await call('logout', { body: {} });
    jar.cookies.set('sg_session', stolen!);
    await expect(call('me')).rejects.toMatchObject({ status: 401 });
    await server.app.close();
  }, SERVER_HOOK_TIMEOUT);
});
