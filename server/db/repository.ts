import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { sql, type Transaction } from 'kysely';
import type { Finding, FindingEvent } from '../../src/contract/findings';
import type { ImportRecord } from '../../src/contract/imports';
import { Inventory } from '../../src/contract/inventory';
import type { Snapshot } from '../../src/contract/snapshots';
import type { UserAccount } from '../../src/contract/auth';
import type { Role } from '../../src/contract/me';
import { deriveInventory, emptyState, type ServiceState } from '../../src/service/state';
import type { FindingUpdatePlan, ImportPlan } from '../../src/service/writes';
import type { BulkUpdatePlan } from '../../src/service/findings/bulkUpdate';
import type { Db } from './open';
import type { Database } from './schema';
import { eventToRow, findingToRow, nextChangeSeq, rowToEvent, rowToFinding } from './findingRows';
import { loadSavedViews } from './savedViews';
import { loadSlaPolicy } from './slaPolicy';
import { loadCampaigns } from './campaigns';

type Tx = Transaction<Database>;

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/**
 * The inventory document as stored: gzip JSON (see migration 002 for why). The compression runs on libuv's thread
 * pool while other work goes on (the server starts it during the analysis, server/importPlan.ts; otherwise it
 * overlaps the findings' inserts); it is awaited last. A transaction that fails first never awaits it, so its
 * failure is marked handled.
 */
export function compressDocument(inventory: unknown): Promise<Buffer> {
  const document = gzipAsync(JSON.stringify(inventory), { level: 6 });
  document.catch(() => undefined);
  return document;
}

/**
 * The document crosses the driver as base64 text, decoded and encoded by the database: the embedded database took
 * ~0.6 s per MiB for a bytea parameter (12.5 s for 20 MiB, most of an import of `l`) and 25 ms per MiB as text;
 * reading it back is ~4x faster too. PostgreSQL has the same functions, so both databases store plain bytea.
 */
const asBytea = (document: Buffer) => sql<Uint8Array>`decode(${document.toString('base64')}, 'base64')`;
const documentAsBase64 = sql<string | null>`encode(document_gz, 'base64')`.as('document_b64');

/**
 * zlib's default output chunk is 16 KiB: inflating `l`'s 130 MiB document took ~8,000 small allocations from the C
 * heap, interleaved with others, and the heap kept ~180 MiB of their pages after they were freed. Chunks this large
 * are mapped on their own and given back to the system when freed.
 */
const INFLATE_IN_LARGE_CHUNKS = { chunkSize: 64 * 1024 * 1024 };

/** Rows per INSERT: PostgreSQL allows 65,535 parameters per statement. */
const BATCH = 500;

async function insertBatched<T extends keyof Database>(tx: Tx, table: T, rows: readonly Parameters<ReturnType<Tx['insertInto']>['values']>[0][]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
  }
}

async function insertFindings(tx: Tx, findings: readonly Finding[]) {
  const rows = findings.map(findingToRow);
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.insertInto('findings').values(rows.slice(i, i + BATCH)).onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
      detection: eb.ref('excluded.detection'), state: eb.ref('excluded.state'), assignee_id: eb.ref('excluded.assignee_id'),
      due_at: eb.ref('excluded.due_at'), justification: eb.ref('excluded.justification'), accepted_until: eb.ref('excluded.accepted_until'),
      reason: eb.ref('excluded.reason'), first_seen_at: eb.ref('excluded.first_seen_at'), updated_at: eb.ref('excluded.updated_at'),
      version: eb.ref('excluded.version'), change_seq: nextChangeSeq(),
    }))).execute();
  }
}

const insertEvents = (tx: Tx, events: readonly FindingEvent[]) => insertBatched(tx, 'finding_events', events.map(eventToRow));

const importRow = (r: ImportRecord) => ({ id: r.id, at: r.at, status: r.status, record: JSON.stringify(r) });
const snapshotRow = (s: Snapshot) => ({ id: s.id, taken_at: s.takenAt, import_id: s.importId, snapshot: JSON.stringify(s) });

/** Rebuilds the in-memory state from the database: the current inventory, re-analysed, and everything stored. */
export async function loadState(db: Db, now: () => Date): Promise<ServiceState | null> {
  const current = await db.selectFrom('inventory').select(['document', documentAsBase64]).where('is_current', '=', true).executeTakeFirst();
  if (!current) return null;
  const state = emptyState(now);
  // Node's base64 decoder skips the line breaks PostgreSQL's encode() puts every 76 characters.
  const text = current.document_b64 ? (await gunzipAsync(Buffer.from(current.document_b64, 'base64'), INFLATE_IN_LARGE_CHUNKS)).toString('utf8') : current.document ?? '';
  Object.assign(state, deriveInventory(Inventory.parse(JSON.parse(text)), now()));
  const findings = await db.selectFrom('findings').selectAll().execute();
  state.findings = new Map(findings.map((r) => { const f = rowToFinding(r); return [f.id, f]; }));
  state.events = (await db.selectFrom('finding_events').selectAll().orderBy('seq').execute()).map(rowToEvent);
  state.nextEventId = 1 + state.events.reduce((max, e) => Math.max(max, Number(e.id.slice(3)) || 0), 0);
  state.imports = await loadImports(db);
  state.snapshots = await loadSnapshots(db);
  state.users = await loadUsers(db);
  state.savedViews = await loadSavedViews(db);
  ({ policy: state.slaPolicy, changes: state.slaPolicyChanges } = await loadSlaPolicy(db));
  state.campaigns = await loadCampaigns(db);
  return state;
}

export const loadImports = async (db: Db) =>
  (await db.selectFrom('imports').select('record').orderBy('at').orderBy('id').execute()).map((r) => r.record as ImportRecord);

export const loadSnapshots = async (db: Db) =>
  (await db.selectFrom('snapshots').select('snapshot').orderBy('taken_at').execute()).map((r) => r.snapshot as Snapshot);

/** Findings inserted or changed after change `from` up to change `to` (see migration 006). */
export const loadFindingsBetween = async (db: Db, from: number, to: number) =>
  (await db.selectFrom('findings').selectAll().where('change_seq', '>', from).where('change_seq', '<=', to).execute()).map(rowToFinding);

/** Audit events appended after `from` up to `to`, in order. */
export const loadEventsBetween = async (db: Db, from: number, to: number) =>
  (await db.selectFrom('finding_events').selectAll().where('seq', '>', from).where('seq', '<=', to).orderBy('seq').execute()).map(rowToEvent);

export async function loadUsers(db: Db): Promise<Map<string, UserAccount>> {
  const rows = await db.selectFrom('users').select(['id', 'username', 'display_name', 'role', 'disabled', 'created_at']).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, username: r.username, displayName: r.display_name, role: r.role as Role, disabled: r.disabled, createdAt: r.created_at }]));
}

/** First start: stores a freshly seeded state (inventory, findings, history, the import that made it) in one go. */
export async function saveSeed(db: Db, state: ServiceState, record: ImportRecord) {
  const document = compressDocument(state.inventory);
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('imports').values(importRow(record)).execute();
    await insertFindings(tx, [...state.findings.values()]);
    await insertEvents(tx, state.events);
    await insertBatched(tx, 'snapshots', state.snapshots.map(snapshotRow));
    await tx.insertInto('inventory').values({ import_id: record.id, imported_at: record.at, document_gz: asBytea(await document), is_current: true }).execute();
  });
}

export class StaleVersionError extends Error {}

/** One triage edit: the finding (only if still at the version it was planned against) and its audit events. */
export async function saveFindingUpdate(db: Db, plan: FindingUpdatePlan) {
  if (plan.events.length === 0) return;
  await db.transaction().execute(async (tx) => {
    const { state, assignee_id, due_at, justification, accepted_until, reason, updated_at, version } = findingToRow(plan.finding);
    const res = await tx.updateTable('findings')
      .set({ state, assignee_id, due_at, justification, accepted_until, reason, updated_at, version, change_seq: nextChangeSeq() })
      .where('id', '=', plan.finding.id).where('version', '=', plan.previousVersion)
      .executeTakeFirst();
    if (res.numUpdatedRows !== 1n) throw new StaleVersionError(plan.finding.id);
    await insertEvents(tx, plan.events);
  });
}

async function updateFindingAt(tx: Tx, finding: Finding, previousVersion: number) {
  const { state, assignee_id, due_at, justification, accepted_until, reason, updated_at, version } = findingToRow(finding);
  const res = await tx.updateTable('findings')
    .set({ state, assignee_id, due_at, justification, accepted_until, reason, updated_at, version, change_seq: nextChangeSeq() })
    .where('id', '=', finding.id).where('version', '=', previousVersion)
    .executeTakeFirst();
  if (res.numUpdatedRows !== 1n) throw new StaleVersionError(finding.id);
}

/** A bulk triage change, all or nothing: every finding at the version it was planned against, and every event. */
export async function saveBulkUpdate(db: Db, plan: BulkUpdatePlan) {
  if (plan.changes.length === 0) return;
  await db.transaction().execute(async (tx) => {
    for (const { finding, previousVersion } of plan.changes) await updateFindingAt(tx, finding, previousVersion);
    await insertEvents(tx, plan.events);
  });
}

/**
 * An import, all-or-nothing: the record, the new current inventory, the findings that changed, their events and
 * the posture snapshot commit together or not at all. A failed import stores only its record.
 */
export async function saveImport(db: Db, plan: ImportPlan, before: ReadonlyMap<string, Finding>, compressed?: Promise<Buffer> | null) {
  // The server compresses while it plans (server/importPlan.ts); the command line and tests leave it to here.
  const document = plan.ok ? (compressed ?? compressDocument(plan.loaded.inventory)) : null;
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('imports').values(importRow(plan.record)).execute();
    if (!plan.ok || !document) return;
    await tx.updateTable('inventory').set({ is_current: false }).where('is_current', '=', true).execute();
    // Only what changed is written: a re-import of a large inventory touches few findings. A finding not there
    // before is written without comparing (on a first import of `l`, 47,000 of them: ~0.4 s of stringifying).
    await insertFindings(tx, plan.findings.filter((f) => {
      const was = before.get(f.id);
      return was === undefined || JSON.stringify(f) !== JSON.stringify(was);
    }));
    await insertEvents(tx, plan.events);
    await tx.insertInto('snapshots').values(snapshotRow(plan.snapshot)).execute();
    await tx.insertInto('inventory').values({ import_id: plan.record.id, imported_at: plan.record.at, document_gz: asBytea(await document), is_current: true }).execute();
  });
}
