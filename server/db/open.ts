import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, type Migration } from 'kysely';
import { PGliteDialect } from './pgliteDialect';
import type { Database } from './schema';
import * as m001 from './migrations/001_init';
import * as m002 from './migrations/002_compressed_inventory';
import * as m003 from './migrations/003_saved_views';
import * as m004 from './migrations/004_campaigns';
import * as m005 from './migrations/005_sla_policy';
import * as m006 from './migrations/006_shared_state';

/** Migrations in order; a new schema change is a new file here, never an edit of a shipped one. */
const MIGRATIONS: Record<string, Migration> = {
  '001_init': m001, '002_compressed_inventory': m002, '003_saved_views': m003, '004_campaigns': m004, '005_sla_policy': m005,
  '006_shared_state': m006,
};

export type Db = Kysely<Database>;

/**
 * Fails at once, naming the folder, when the data folder cannot be created or written, instead of PGlite
 * failing later with a less telling error (or a process manager restarting a server that can never start).
 */
function assertWritable(dataDir: string) {
  const probe = join(dataDir, `.write-probe-${process.pid}`);
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(probe, 'ok');
    rmSync(probe);
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'unknown error';
    throw new Error(`The data folder ${dataDir} cannot be written (${code}): check that it exists, has free space and belongs to this user.`, { cause: err });
  }
}

/**
 * PostgreSQL's default buffer cache (128 MB) lives in PGlite's WebAssembly memory, which never shrinks: once touched
 * it is the server's RSS for good. The server keeps its working state in memory and reads the database at start-up,
 * so a small cache costs little: 16 MB took ~130 MiB off the RSS of a server holding `l`.
 */
const EMBEDDED_SETTINGS = ['-c', 'shared_buffers=16MB'];

/** Opens (creating if needed) the embedded database in `dataDir` and brings its schema up to date. */
export async function openDatabase(dataDir: string): Promise<Db> {
  assertWritable(dataDir);
  const pg = await PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS] });
  return migrated(new Kysely<Database>({ dialect: new PGliteDialect(pg) }));
}

/**
 * Brings the schema up to date; closes the database if a migration fails. On PostgreSQL, Kysely's migration lock
 * table makes instances that start together migrate one after the other.
 */
export async function migrated(db: Db): Promise<Db> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${String(error)}`);
  }
  return db;
}
