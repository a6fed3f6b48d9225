import { sql, type Kysely } from 'kysely';

/**
 * Remediation campaigns. `finding_ids` is the set frozen at creation (see src/service/campaigns.ts for why it
 * is frozen); progress is never stored, it is computed from the findings at read time. Names are unique
 * regardless of case, here as well as in the service, so two concurrent creations cannot both win. The owner
 * must be a user; users are never deleted (they are disabled), so the reference holds.
 */
export async function up(db: Kysely<unknown>) {
  await db.schema.createTable('campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('filter', 'jsonb', (c) => c.notNull())
    .addColumn('finding_ids', 'jsonb', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('target_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await sql`CREATE UNIQUE INDEX campaigns_name ON campaigns (lower(name))`.execute(db);
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropTable('campaigns').execute();
}
