import type { ImportRecord } from '../src/contract/imports';
import { generateInventory } from '../src/domain';
import type { Scale } from '../src/domain/generator/scales';
import { createState, type ServiceState } from '../src/service/state';
import type { Db } from './db/open';
import { loadState, loadUsers, saveSeed } from './db/repository';

/**
 * The server's model: the database (truth) and the in-memory state (what reads are served from). Writes run
 * one at a time through `write`, so planning, committing and applying a change never interleave with another.
 */
export class Store {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(readonly db: Db, readonly state: ServiceState) {}

  static async open(db: Db, now: () => Date, firstInventory: Scale = 'demo'): Promise<{ store: Store; seeded: boolean }> {
    const loaded = await loadState(db, now);
    if (loaded) return { store: new Store(db, loaded), seeded: false };
    // First start: the demo inventory (or the configured generated one), with its generated posture history, so the app has something to show.
    const state = createState(generateInventory(firstInventory), now);
    const record: ImportRecord = {
      id: 'imp-1', at: now().toISOString(), by: 'system', format: 'native', fileName: `${firstInventory} inventory (generated on first start)`,
      status: 'succeeded', errors: [], secretsDropped: 0, findings: { new: state.findings.size, resolved: 0, reopened: 0 },
      counts: { principals: state.inventory.principals.length, connections: state.inventory.connections.length, apps: state.inventory.apps.length, shares: state.inventory.shares.length },
    };
    state.imports = [record];
    await saveSeed(db, state, record);
    state.users = await loadUsers(db);
    return { store: new Store(db, state), seeded: true };
  }

  /** Runs a write exclusively; a failure releases the queue for the next one. */
  write<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
