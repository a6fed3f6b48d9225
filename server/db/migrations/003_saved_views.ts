import { sql, type Kysely } from 'kysely';

/**
 * Saved queue views, one row per view, private to its user; they go with the user (cascade). A name is unique
 * per user, enforced here as well as by the service, so two concurrent saves cannot both win.
 */
export async function up(db: Kysely<unknown>) {
  await db.schema.createTable('saved_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('params', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`CREATE UNIQUE INDEX saved_views_user_name ON saved_views (user_id, name)`.execute(db);
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropTable('saved_views').execute();
}
