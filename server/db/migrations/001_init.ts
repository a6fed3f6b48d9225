import { sql, type Kysely } from 'kysely';

/** The first schema. Times of domain records are ISO strings (they round-trip exactly); sessions use timestamptz. */
export async function up(db: Kysely<unknown>) {
  await db.schema.createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .execute();

  await db.schema.createTable('inventory')
    .addColumn('import_id', 'text', (c) => c.primaryKey().references('imports.id'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('is_current', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  // At most one current inventory, enforced by the database rather than by care.
  await sql`CREATE UNIQUE INDEX inventory_one_current ON inventory (is_current) WHERE is_current`.execute(db);

  await db.schema.createTable('findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('detection', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('due_at', 'text')
    .addColumn('justification', 'text')
    .addColumn('accepted_until', 'text')
    .addColumn('reason', 'text')
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();

  await db.schema.createTable('finding_events')
    .addColumn('seq', 'bigserial', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('finding_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb', (c) => c.notNull())
    .addColumn('after', 'jsonb', (c) => c.notNull())
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('finding_events_finding').on('finding_events').column('finding_id').execute();
  // The audit log is append-only: the database itself refuses to change or delete an entry.
  await sql`CREATE FUNCTION finding_events_append_only() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION 'finding_events is append-only'; END $$ LANGUAGE plpgsql`.execute(db);
  await sql`CREATE TRIGGER finding_events_no_change BEFORE UPDATE OR DELETE ON finding_events
    FOR EACH ROW EXECUTE FUNCTION finding_events_append_only()`.execute(db);

  await db.schema.createTable('snapshots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text')
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .execute();

  await db.schema.createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role IN ('viewer', 'analyst', 'coe_lead', 'admin')`))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
}

export async function down(db: Kysely<unknown>) {
  for (const t of ['sessions', 'users', 'snapshots', 'finding_events', 'findings', 'inventory', 'imports']) {
    await db.schema.dropTable(t).execute();
  }
  await sql`DROP FUNCTION finding_events_append_only`.execute(db);
}
