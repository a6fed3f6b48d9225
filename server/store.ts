import type { ImportRecord } from '../src/contract/imports';
import { generateInventory } from '../src/domain';
import type { Scale } from '../src/domain/generator/scales';
import { createState, type ServiceState } from '../src/service/state';
import { compactHeap } from './compactHeap';
import type { Db } from './db/open';
import { loadState, loadUsers, saveSeed } from './db/repository';
import { readCursor, refreshState, sameCursor, withWriteLock, type Cursor } from './db/sharedState';
import { SortWarmer } from './sortWarmer';

/**
 * The server's model: the database (truth) and the in-memory state (what reads are served from). Writes run
 * one at a time through `write`, so planning, committing and applying a change never interleave with another.
 *
 * A shared store (PostgreSQL, several instances) also keeps up with the other instances: a write takes the
 * database-wide write lock and catches up before planning, and `sync`, before a read, catches up when the
 * database moved (docs/deployment.md). The embedded database has one process, so neither costs anything there.
 */
export class Store {
  private queue: Promise<unknown> = Promise.resolve();
  private cursor: Cursor = {};
  /** The inventory table's sort orders, rebuilt in the background after the inventory changes. */
  readonly sortWarmer: SortWarmer;

  private constructor(readonly db: Db, readonly state: ServiceState, readonly shared: boolean) {
    this.sortWarmer = new SortWarmer(state);
  }

  static async open(db: Db, now: () => Date, firstInventory: Scale = 'demo', shared = false): Promise<{ store: Store; seeded: boolean }> {
    // Two instances starting together on an empty database must not both seed it.
    const opened = await (shared ? withWriteLock(db, () => Store.load(db, now, firstInventory)) : Store.load(db, now, firstInventory));
    const store = new Store(db, opened.state, shared);
    if (shared) store.cursor = await readCursor(db);
    store.sortWarmer.check();
    return { store, seeded: opened.seeded };
  }

  private static async load(db: Db, now: () => Date, firstInventory: Scale): Promise<{ state: ServiceState; seeded: boolean }> {
    const loaded = await loadState(db, now);
    if (loaded) {
      // Loading leaves the old generation fragmented by the stored document's transient copies (see compactHeap).
      compactHeap();
      return { state: loaded, seeded: false };
    }
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
    return { state, seeded: true };
  }

  /** Runs a write exclusively; a failure releases the queue for the next one. */
  write<T>(fn: () => Promise<T>): Promise<T> {
    return this.exclusive(this.shared ? () => withWriteLock(this.db, () => this.caughtUp(fn)) : fn);
  }

  /**
   * Before a read on a shared store: one small query, and a catch-up only when another instance wrote. The
   * catch-up waits for this instance's own writes, which must not see the state change under them.
   */
  async sync(): Promise<void> {
    if (!this.shared || sameCursor(this.cursor, await readCursor(this.db))) return;
    await this.exclusive(async () => {
      this.cursor = await refreshState(this.db, this.state, this.cursor);
    });
  }

  /** Waits for the write in progress, if any (the server does before it closes the database). */
  async drain(): Promise<void> {
    this.sortWarmer.stop();
    await this.exclusive(async () => undefined);
  }

  /** Runs `fn` after the write in progress; afterwards, an inventory it replaced gets its sort orders warmed. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined).then(() => this.sortWarmer.check());
    return run;
  }

  /**
   * Under the write lock: catch up, run the write (which applies its own change to memory), then note the
   * database as seen, which holds because no other writer can have committed while the lock was held. A write that
   * fails leaves the cursor behind, so whatever it did commit is read back on the next catch-up.
   */
  private async caughtUp<T>(fn: () => Promise<T>): Promise<T> {
    this.cursor = await refreshState(this.db, this.state, this.cursor);
    const result = await fn();
    this.cursor = await readCursor(this.db);
    return result;
  }
}
