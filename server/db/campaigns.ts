import type { CampaignUpdatePlan, StoredCampaign } from '../../src/service/campaigns';
import type { Db } from './open';
import { StaleVersionError } from './repository';

/** Every campaign with its frozen finding ids, for the in-memory state the reads are served from. */
export async function loadCampaigns(db: Db): Promise<Map<string, StoredCampaign>> {
  const rows = await db.selectFrom('campaigns').selectAll().execute();
  return new Map(rows.map((r) => [r.id, {
    id: r.id, name: r.name, ...(r.description ? { description: r.description } : {}), filter: r.filter, findingIds: r.finding_ids,
    ownerId: r.owner_id, targetDate: r.target_date, createdAt: r.created_at, createdBy: r.created_by, version: r.version,
  }]));
}

export async function insertCampaign(db: Db, c: StoredCampaign) {
  await db.insertInto('campaigns').values({
    id: c.id, name: c.name, description: c.description ?? null, filter: JSON.stringify(c.filter), finding_ids: JSON.stringify(c.findingIds),
    owner_id: c.ownerId, target_date: c.targetDate, created_at: c.createdAt, created_by: c.createdBy, version: c.version,
  }).execute();
}

/** Updates only the row still at the planned-against version; writes are serialised, so this is the backstop. */
export async function updateCampaign(db: Db, { campaign: c, previousVersion }: CampaignUpdatePlan) {
  const result = await db.updateTable('campaigns')
    .set({ name: c.name, description: c.description ?? null, owner_id: c.ownerId, target_date: c.targetDate, version: c.version })
    .where('id', '=', c.id).where('version', '=', previousVersion)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new StaleVersionError();
}

export async function deleteCampaign(db: Db, c: StoredCampaign) {
  await db.deleteFrom('campaigns').where('id', '=', c.id).execute();
}
