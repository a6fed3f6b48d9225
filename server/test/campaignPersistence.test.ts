import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../src/lib/apiClient';
import { removeDir, signInAsAdmin, startServer, tempDataDir, SERVER_HOOK_TIMEOUT } from './harness';

const dir = tempDataDir();
afterAll(() => removeDir(dir));

describe('campaigns are kept in the database', () => {
  it('keeps a campaign, its edits and its frozen findings across a restart, and its progress follows triage', async () => {
    const first = await startServer(dir);
    await signInAsAdmin(first.base);
    const filter = { severity: 'critical', state: 'open' };
    const { total } = await call('listFindings', { query: { ...filter, limit: 1 } });
    const created = await call('createCampaign', { body: { name: 'Critical first', filter, ownerId: 'u-admin', targetDate: '2027-01-31' } });
    const edited = await call('updateCampaign', { params: { id: created.id }, body: { version: 1, description: 'Before the audit' } });
    const [f] = (await call('listFindings', { query: { ...filter, limit: 1 } })).items;
    await call('updateFinding', { params: { id: f!.id }, body: { version: f!.version, state: 'false_positive', reason: 'test tenant' } });
    await first.app.close();

    const second = await startServer(dir);
    await signInAsAdmin(second.base);
    const after = await call('getCampaign', { params: { id: created.id } });
    expect(after).toMatchObject({ name: 'Critical first', description: 'Before the audit', version: 2, createdBy: 'admin' });
    // Still the set frozen at the start (the closed finding no longer matches `state=open`), one of them done.
    expect(after.progress).toMatchObject({ total, resolved: 1, open: total - 1 });
    expect(second.store.state.campaigns.get(created.id)?.findingIds).toContain(f!.id);
    expect({ ...after, progress: edited.progress }).toEqual({ ...edited, progress: edited.progress });
    // A stale edit after the restart is still refused: the version came back from the database.
    await expect(call('updateCampaign', { params: { id: created.id }, body: { version: 1, name: 'Lost' } })).rejects.toMatchObject({ status: 409 });
    await call('deleteCampaign', { params: { id: created.id }, body: {} });
    await second.app.close();

    const third = await startServer(dir);
    expect(third.store.state.campaigns.size).toBe(0);
    await third.app.close();
  }, SERVER_HOOK_TIMEOUT * 2);
});
