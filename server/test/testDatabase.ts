import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';

/**
 * The server tests run against the embedded database, and also against a PostgreSQL server when
 * SHAREGRAPH_TEST_DATABASE_URL names one (an admin URL: the tests create and drop databases through it, see
 * scripts/test-postgres.sh). Each data folder a test uses gets its own fresh database, so a restart on the same
 * folder finds its data again, and every database is dropped when the test file ends.
 */
export const TEST_DATABASE_ADMIN_URL = process.env.SHAREGRAPH_TEST_DATABASE_URL || undefined;

const created = new Map<string, string>();

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The database URL for a test's data folder: undefined (embedded) unless the PostgreSQL run is on. */
export async function databaseUrlFor(dataDir: string): Promise<string | undefined> {
  if (!TEST_DATABASE_ADMIN_URL) return undefined;
  const known = created.get(dataDir);
  if (known) return known;
  const name = `sharegraph_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_DATABASE_ADMIN_URL);
  url.pathname = `/${name}`;
  created.set(dataDir, url.toString());
  return url.toString();
}

// Registered by every test file that starts a server on the PostgreSQL run (only there: child processes of the
// embedded run, such as crashChild.ts, import the harness outside any test runner); runs after the file's own
// hooks have closed its servers.
if (TEST_DATABASE_ADMIN_URL) afterAll(async () => {
  if (created.size === 0) return;
  const names = [...created.values()].map((u) => new URL(u).pathname.slice(1));
  created.clear();
  await admin(async (c) => {
    for (const name of names) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
});
