import { sql } from 'kysely';
import type { ServiceState } from '../../src/service/state';
import type { Db } from './open';
import { loadEventsBetween, loadFindingsBetween, loadImports, loadSnapshots, loadState, loadUsers } from './repository';
import { loadSavedViews } from './savedViews';
import { loadCampaigns } from './campaigns';
import { loadSlaPolicy } from './slaPolicy';

/**
 * How far this instance's memory has caught up with the database: each kind's revision (migration 006) and the
 * last finding change and audit event it holds. Equal cursors mean nothing was written since.
 */
export type Cursor = Readonly<Record<string, number>>;

/** One round trip: a handful of counters and two index look-ups. */
export async function readCursor(db: Db): Promise<Cursor> {
  const { rows } = await sql<{ kind: string; at: string }>`
    SELECT kind, revision::text AS at FROM state_revisions
    UNION ALL SELECT 'finding_seq', coalesce(max(change_seq), 0)::text FROM findings
    UNION ALL SELECT 'event_seq', coalesce(max(seq), 0)::text FROM finding_events`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.kind, Number(r.at)]));
}

export const sameCursor = (a: Cursor, b: Cursor) => Object.keys(b).every((k) => a[k] === b[k]);

/**
 * Brings the state up to what the database holds, in one consistent snapshot (repeatable read): the whole state
 * when another instance imported (the inventory and everything derived from it change together), otherwise only the
 * kinds whose revision moved, findings and audit events incrementally. Returns the new cursor.
 */
export async function refreshState(db: Db, state: ServiceState, seen: Cursor): Promise<Cursor> {
  return db.transaction().setIsolationLevel('repeatable read').execute(async (tx) => {
    const now = await readCursor(tx);
    if (sameCursor(seen, now)) return seen;
    const moved = (kind: string) => seen[kind] !== now[kind];
    if (moved('inventory')) {
      const loaded = await loadState(tx, state.now);
      if (loaded) Object.assign(state, loaded, { fingerprint: state.fingerprint, findingsRevision: state.findingsRevision + 1 });
      return now;
    }
    if (moved('findings')) {
      // Bounded on both sides, so a row is never applied twice nor skipped, whatever commits meanwhile.
      for (const f of await loadFindingsBetween(tx, seen.finding_seq ?? 0, now.finding_seq ?? 0)) state.findings.set(f.id, f);
      const events = await loadEventsBetween(tx, seen.event_seq ?? 0, now.event_seq ?? 0);
      // One at a time, not push(...events) or Math.max(...): a bulk edit can bring more events than a call takes arguments.
      for (const e of events) {
        state.events.push(e);
        state.nextEventId = Math.max(state.nextEventId, 1 + (Number(e.id.slice(3)) || 0));
      }
      state.findingsRevision++;
    }
    if (moved('users')) state.users = await loadUsers(tx);
    if (moved('saved_views')) state.savedViews = await loadSavedViews(tx);
    if (moved('campaigns')) state.campaigns = await loadCampaigns(tx);
    if (moved('sla_policy')) ({ policy: state.slaPolicy, changes: state.slaPolicyChanges } = await loadSlaPolicy(tx));
    if (moved('imports')) state.imports = await loadImports(tx);
    if (moved('snapshots')) state.snapshots = await loadSnapshots(tx);
    return now;
  });
}

/** Any fixed number, the same in every instance: the key of the one lock all writers of a database take. */
const WRITE_LOCK = 0x53474457; // "SGDW"

/**
 * Runs `fn` while holding the database-wide write lock, so writers in different instances (and the import CLI)
 * take turns: each plans against the latest state and no two commit interleaved. A session-level advisory lock on
 * a connection of its own: `fn` writes through the pool as usual, and if the process dies, PostgreSQL ends the
 * session and the lock with it.
 */
export async function withWriteLock<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${WRITE_LOCK})`.execute(conn);
    try {
      return await fn();
    } finally {
      await sql`SELECT pg_advisory_unlock(${WRITE_LOCK})`.execute(conn);
    }
  });
}
