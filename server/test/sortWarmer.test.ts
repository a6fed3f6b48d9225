import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, startServer, tempDataDir } from './harness';
import { generateInventory } from '../../src/domain';
import { connectionIndex } from '../../src/service/inventory/connectionIndex';
import { applyImport, planImport } from '../../src/service/writes';
import { saveImport } from '../db/repository';
import { WARMED_SORTS } from '../sortWarmer';

const dir = tempDataDir();
afterAll(() => removeDir(dir));

async function until(done: () => boolean) {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
  return done();
}

describe('the inventory sort orders', () => {
  it('are built in the background after a start and again after an import replaces the inventory', async () => {
    const server = await startServer(dir);
    try {
      const { store } = server;
      expect(await until(() => store.sortWarmer.done())).toBe(true);
      const orders = connectionIndex(store.state).orders;
      expect([...orders.keys()].sort()).toEqual([...WARMED_SORTS].sort());

      const renamed = generateInventory('demo');
      renamed.connections[0]!.name = 'aaa first by name';
      await store.write(async () => {
        const plan = planImport(store.state, { format: 'native', fileName: 'demo.json', content: JSON.stringify(renamed) }, 'admin');
        await saveImport(store.db, plan, store.state.findings);
        applyImport(store.state, plan);
      });
      // A new inventory, a new index: its orders are built again, and reflect the new names.
      expect(await until(() => store.sortWarmer.done())).toBe(true);
      const index = connectionIndex(store.state);
      expect(index.rows[index.orders.get('name')![0]!]!.name).toBe('aaa first by name');
    } finally {
      await server.app.close();
    }
  }, 60_000);
});
