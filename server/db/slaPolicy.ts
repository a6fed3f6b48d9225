import { sql } from 'kysely';
import type { SlaPolicy } from '../../src/contract/slaPolicy';
import type { SlaPolicy as SlaDays } from '../../src/domain/triage/sla';
import { DEFAULT_SLA_POLICY, type SlaPolicyChange, type SlaPolicyPlan } from '../../src/service/slaPolicy';
import type { Db } from './open';
import { StaleVersionError } from './repository';
import { nextChangeSeq } from './findingRows';

/** The policy in force (the latest change, or the default when none) and its history, for the in-memory state. */
export async function loadSlaPolicy(db: Db): Promise<{ policy: SlaPolicy; changes: SlaPolicyChange[] }> {
  const rows = await db.selectFrom('sla_policy_changes').selectAll().orderBy('version').execute();
  const changes = rows.map((r) => ({ version: r.version, at: r.at, by: r.by, before: r.before as SlaDays, after: r.after as SlaDays }));
  const last = changes.at(-1);
  return { policy: last ? { ...last.after, version: last.version, updatedAt: last.at, updatedBy: last.by } : DEFAULT_SLA_POLICY, changes };
}

/** Rows per UPDATE … FROM (VALUES …): 4 parameters each, far under PostgreSQL's 65,535. */
const BATCH = 1000;

/**
 * A policy change and every due date it moves, in one transaction. The change row's version is the primary key,
 * so two changes planned against the same version cannot both land; each finding is updated only at the version
 * it was planned against. On a large inventory a change moves tens of thousands of rows, so they are updated in
 * batches of one statement each rather than one statement per finding.
 */
export async function saveSlaPolicyUpdate(db: Db, plan: SlaPolicyPlan) {
  const change = plan.change;
  if (!change) return;
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('sla_policy_changes').values({
      version: change.version, at: change.at, by: change.by, before: JSON.stringify(change.before), after: JSON.stringify(change.after),
    }).execute();
    for (let i = 0; i < plan.findings.length; i += BATCH) {
      const batch = plan.findings.slice(i, i + BATCH);
      const values = sql.join(batch.map(({ finding, previousVersion }) =>
        sql`(${finding.id}::text, ${finding.dueAt}::text, ${finding.version}::integer, ${finding.updatedAt}::text, ${previousVersion}::integer)`));
      const res = await sql`UPDATE findings AS f SET due_at = v.due_at, version = v.version, updated_at = v.updated_at, change_seq = ${nextChangeSeq()}
        FROM (VALUES ${values}) AS v(id, due_at, version, updated_at, previous)
        WHERE f.id = v.id AND f.version = v.previous`.execute(tx);
      if (res.numAffectedRows !== BigInt(batch.length)) throw new StaleVersionError('a finding changed while the SLA policy was saved');
    }
  });
}
