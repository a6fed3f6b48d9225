import { sql } from 'kysely';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../db/open';

/** Expired counters are deleted at most this often, by whichever request comes along. */
const PURGE_EVERY_MS = 60_000;

/**
 * Counts a hit in the database and answers how many this key has had in its window and how long the window still
 * runs. One atomic upsert, so instances counting the same client at once never lose a hit; the database clock
 * decides windows, so instances with drifting clocks agree.
 */
async function hit(db: Db, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const { rows } = await sql<{ hits: number; ttl: number }>`
    INSERT INTO rate_limits AS r (key, hits, reset_at) VALUES (${key}, 1, now() + ${windowMs}::int * interval '1 millisecond')
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN r.reset_at <= now() THEN 1 ELSE r.hits + 1 END,
      reset_at = CASE WHEN r.reset_at <= now() THEN excluded.reset_at ELSE r.reset_at END
    RETURNING hits, greatest(0, ceil(extract(epoch FROM reset_at - now()) * 1000))::int AS ttl`.execute(db);
  const row = rows[0]!;
  return { current: row.hits, ttl: row.ttl };
}

/**
 * A @fastify/rate-limit store in the database (table `rate_limits`, migration 006), for instances behind a load
 * balancer: the limit is per client across all of them, not per client per instance. Each route with its own
 * limit (sign-in) counts under its own key prefix, as the plugin's Redis store does.
 */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  let nextPurge = 0;
  const purge = () => {
    if (Date.now() < nextPurge) return;
    nextPurge = Date.now() + PURGE_EVERY_MS;
    // Best effort: a failed purge only leaves rows for the next one.
    void db.deleteFrom('rate_limits').where('reset_at', '<', sql<Date>`now()`).execute().catch(() => undefined);
  };
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly prefix: string;

    constructor(_options?: unknown, prefix = 'all ') {
      this.prefix = prefix;
    }

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number) {
      purge();
      hit(db, this.prefix + key, timeWindow).then((r) => callback(null, r), (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))));
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // The plugin passes the route as `routeInfo`, which its types do not declare.
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return new DatabaseRateLimitStore(undefined, `${String(route?.method ?? '')} ${String(route?.url ?? '')} `);
    }
  }
  return DatabaseRateLimitStore;
}
