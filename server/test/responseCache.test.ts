import { describe, expect, it } from 'vitest';
import { call } from '../../src/lib/apiClient';
import type { Inventory } from '../../src/contract/inventory';
import { signedInServerForFile } from './harness';

const server = signedInServerForFile();

describe('cached reads', () => {
  it('answer the same as before until a triage edit, then show the edit at once', async () => {
    const query = { sort: '-openFindings', limit: 20 };
    const platformsBefore = await call('platforms');
    const first = await call('listConnections', { query });
    expect(await call('listConnections', { query })).toEqual(first);
    const top = first.items[0]!;
    const detailBefore = await call('getConnection', { params: { id: top.id } });
    const open = detailBefore.findings.filter((f) => f.subjectId === top.id && f.state === 'open');
    expect(open.length).toBeGreaterThan(0);

    await call('updateFinding', { params: { id: open[0]!.id }, body: { version: open[0]!.version, state: 'false_positive', reason: 'cache test' } });

    const after = await call('listConnections', { query });
    expect(after.items.find((c) => c.id === top.id)?.openFindings ?? 0).toBe(top.openFindings - 1);
    const detailAfter = await call('getConnection', { params: { id: top.id } });
    expect(detailAfter.findings.find((f) => f.id === open[0]!.id)?.state).toBe('false_positive');
    const platform = (await call('platforms')).items.find((p) => p.platform === top.platform);
    expect(platform?.openFindings).toBe(platformsBefore.items.find((p) => p.platform === top.platform)!.openFindings - 1);
  });

  it('follow an import: the new inventory answers at once', async () => {
    const query = { q: 'Renamed by the cache test', limit: 5 };
    expect((await call('listConnections', { query })).total).toBe(0);
    const inventory = JSON.parse(JSON.stringify(server().store.state.inventory)) as Inventory;
    inventory.connections[0]!.name = 'Renamed by the cache test';
    await call('createImport', { body: { format: 'native', fileName: 'renamed.json', content: JSON.stringify(inventory) } });
    const after = await call('listConnections', { query });
    expect(after.items.map((c) => c.id)).toEqual([inventory.connections[0]!.id]);
  });
});
