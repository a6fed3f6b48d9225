import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema';
import { migrated, type Db } from './open';

/**
 * A DATABASE_URL as it may appear in an error or a log line: the password replaced, so a start-up failure
 * pasted into a ticket does not hand out the database.
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(an unparsable URL)';
  }
}

function safePassword(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}

/** Checks a DATABASE_URL's shape without connecting; the message never quotes the URL itself. */
export function databaseUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'DATABASE_URL is not a URL: expected postgres://user:password@host:5432/database';
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') return `DATABASE_URL must start with postgres:// or postgresql://, not ${u.protocol}//`;
  if (!u.hostname && !u.searchParams.get('host')) return 'DATABASE_URL names no host: expected postgres://user:password@host:5432/database';
  if (u.pathname.length <= 1) return 'DATABASE_URL names no database: expected postgres://user:password@host:5432/database';
  return null;
}

/**
 * Connections per instance (SHAREGRAPH_DB_POOL): at least two, as a write holds one for the write lock
 * (sharedState.ts) while it commits through another.
 */
function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const size = Number(env.SHAREGRAPH_DB_POOL ?? 10);
  if (!Number.isInteger(size) || size < 2) throw new Error(`SHAREGRAPH_DB_POOL must be a whole number of at least 2, not ${env.SHAREGRAPH_DB_POOL}`);
  return size;
}

/**
 * Opens a PostgreSQL server's database and brings its schema up to date with the same migrations as the
 * embedded one. Connects once before anything else, so an unreachable or misconfigured server fails the start
 * with one clear line (host and database named, password not) instead of on the first request.
 */
export async function openPostgres(url: string): Promise<Db> {
  const problem = databaseUrlProblem(url);
  if (problem) throw new Error(problem);
  const pool = new pg.Pool({ connectionString: url, max: poolSize(), connectionTimeoutMillis: 10_000 });
  // An idle client that loses its connection (database restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => undefined);
    const password = safePassword(url);
    // A refused connection to a name with several addresses is an AggregateError with an empty message.
    let reason = err instanceof Error ? err.message || String((err as { code?: unknown }).code ?? err.name) : String(err);
    if (password) reason = reason.replaceAll(password, '***');
    // The cause is the driver's error, which names host and user but never the password.
    throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(url)}: ${reason}`, { cause: err });
  }
  return migrated(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }));
}
