import { sql, type Kysely } from 'kysely';

/**
 * The inventory document is stored gzip-compressed. A 100,000-connection inventory is about 130 MiB of
 * JSON; read or written as text it passes whole through PGlite's WebAssembly memory, which grows to hold it
 * and never shrinks, so the server kept hundreds of MiB it no longer used. Compressed it is about a tenth.
 * Rows written before this migration keep their text document and are still read.
 */
export async function up(db: Kysely<unknown>) {
  await db.schema.alterTable('inventory').addColumn('document_gz', 'bytea').execute();
  await sql`ALTER TABLE inventory ALTER COLUMN document DROP NOT NULL`.execute(db);
  await sql`ALTER TABLE inventory ADD CONSTRAINT inventory_has_document CHECK (document IS NOT NULL OR document_gz IS NOT NULL)`.execute(db);
}

export async function down(db: Kysely<unknown>) {
  await sql`ALTER TABLE inventory DROP CONSTRAINT inventory_has_document`.execute(db);
  await db.schema.alterTable('inventory').dropColumn('document_gz').execute();
}
