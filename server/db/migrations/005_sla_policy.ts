import { sql, type Kysely } from 'kysely';

/**
 * The SLA policy as its history: one row per change (who, when, the days before and after). The policy in force
 * is the row with the highest version; with no row, the built-in default (version 1) holds. Being its own audit
 * trail, the table is append-only like finding_events: the database refuses to change or delete a row.
 */
export async function up(db: Kysely<unknown>) {
  await db.schema.createTable('sla_policy_changes')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb', (c) => c.notNull())
    .addColumn('after', 'jsonb', (c) => c.notNull())
    .execute();
  await sql`CREATE FUNCTION sla_policy_changes_append_only() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION 'sla_policy_changes is append-only'; END $$ LANGUAGE plpgsql`.execute(db);
  await sql`CREATE TRIGGER sla_policy_changes_no_change BEFORE UPDATE OR DELETE ON sla_policy_changes
    FOR EACH ROW EXECUTE FUNCTION sla_policy_changes_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropTable('sla_policy_changes').execute();
  await sql`DROP FUNCTION sla_policy_changes_append_only()`.execute(db);
}
