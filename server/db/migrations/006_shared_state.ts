import { sql, type Kysely } from 'kysely';

/** Which table bumps which revision: a server instance reloads only the kinds of state whose revision moved. */
const REVISED: ReadonlyArray<[table: string, kind: string]> = [
  ['inventory', 'inventory'], ['imports', 'imports'], ['snapshots', 'snapshots'], ['findings', 'findings'],
  ['finding_events', 'findings'], ['users', 'users'], ['saved_views', 'saved_views'], ['campaigns', 'campaigns'],
  ['sla_policy_changes', 'sla_policy'],
];

/**
 * What lets several server instances share one PostgreSQL (see docs/deployment.md). Each keeps the state it reads
 * from in memory, so it must learn cheaply that another instance wrote:
 * - `state_revisions`: one counter per kind of state, bumped by statement triggers in the writing transaction
 *   itself, so a bump is never committed without its data nor the data without its bump, whoever writes (a server,
 *   the import CLI, an operator's SQL);
 * - `findings.change_seq`: a sequence value stamped on every insert and update, so an instance reloads only the findings
 *   changed since it last looked (the audit log already has its own `seq`);
 * - `rate_limits`: request counters per client and window, so a client cannot multiply its allowance by the
 *   number of instances behind the load balancer.
 * Sessions were in the database from the start. The embedded database gets the same schema; its triggers cost
 * one tiny UPDATE per writing transaction and kind, and a sequence step per finding written.
 */
export async function up(db: Kysely<unknown>) {
  await db.schema.createTable('state_revisions')
    .addColumn('kind', 'text', (c) => c.primaryKey())
    .addColumn('revision', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  const kinds = [...new Set(REVISED.map(([, kind]) => kind))];
  await sql`INSERT INTO state_revisions (kind) VALUES ${sql.join(kinds.map((k) => sql`(${k})`))}`.execute(db);
  // Once per transaction and kind (a transaction-local setting remembers): a bulk edit is thousands of UPDATE
  // statements, and updating one row that often in one transaction gets slower with every version it leaves.
  await sql`CREATE FUNCTION bump_state_revision() RETURNS trigger AS $$
    BEGIN
      IF current_setting('sharegraph.bumped_' || TG_ARGV[0], true) IS DISTINCT FROM 'yes' THEN
        UPDATE state_revisions SET revision = revision + 1 WHERE kind = TG_ARGV[0];
        PERFORM set_config('sharegraph.bumped_' || TG_ARGV[0], 'yes', true);
      END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql`.execute(db);
  for (const [table, kind] of REVISED) {
    // The WHEN skips the function call for every statement after a transaction's first: cheap bulk writes.
    await sql`CREATE TRIGGER ${sql.id(`${table}_bump_revision`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH STATEMENT WHEN (current_setting(${sql.lit(`sharegraph.bumped_${kind}`)}, true) IS DISTINCT FROM 'yes')
      EXECUTE FUNCTION bump_state_revision(${sql.lit(kind)})`.execute(db);
  }

  // Inserts take the default; the repository's updates set `change_seq = nextval(...)` themselves (server/db/findingRows.ts),
  // as a row trigger doing it cost bulk edits on the embedded database a measurable share of their time.
  await sql`CREATE SEQUENCE findings_change_seq`.execute(db);
  await sql`ALTER TABLE findings ADD COLUMN change_seq bigint NOT NULL DEFAULT nextval('findings_change_seq')`.execute(db);
  await db.schema.createIndex('findings_change_seq_idx').on('findings').column('change_seq').execute();

  await db.schema.createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limits_reset_at').on('rate_limits').column('reset_at').execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropTable('rate_limits').execute();
  await db.schema.alterTable('findings').dropColumn('change_seq').execute();
  await sql`DROP SEQUENCE findings_change_seq`.execute(db);
  for (const [table] of REVISED) await sql`DROP TRIGGER ${sql.id(`${table}_bump_revision`)} ON ${sql.table(table)}`.execute(db);
  await sql`DROP FUNCTION bump_state_revision`.execute(db);
  await db.schema.dropTable('state_revisions').execute();
}
