import type { OwnedSavedView } from '../../src/service/savedViews';
import type { Db } from './open';

/** Every saved view, for the in-memory state the reads are served from. */
export async function loadSavedViews(db: Db): Promise<Map<string, OwnedSavedView>> {
  const rows = await db.selectFrom('saved_views').selectAll().execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, userId: r.user_id, name: r.name, params: r.params, createdAt: r.created_at }]));
}

/** Stores a planned view. Writes run one at a time, so the plan's name check holds; the unique index is the backstop. */
export async function insertSavedView(db: Db, view: OwnedSavedView) {
  await db.insertInto('saved_views').values({
    id: view.id, user_id: view.userId, name: view.name, params: JSON.stringify(view.params), created_at: view.createdAt,
  }).execute();
}

export async function deleteSavedView(db: Db, view: OwnedSavedView) {
  await db.deleteFrom('saved_views').where('id', '=', view.id).where('user_id', '=', view.userId).execute();
}
