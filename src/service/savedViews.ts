import type { User } from '../contract/me';
import { MAX_SAVED_VIEWS, type NewSavedView, type SavedView } from '../contract/savedViews';
import { conflict, notFound, unauthorized } from './problems';
import type { ServiceState } from './state';

/**
 * Saved queue views, private to their user: another user's view is "not found", never "forbidden", so ids reveal
 * nothing. Planned like every write (see writes.ts): the mock applies at once, the server commits first.
 */
export type OwnedSavedView = SavedView & { userId: string };

const owner = (caller: User | null) => {
  if (!caller) throw unauthorized();
  return caller.id;
};

const publicView = ({ userId: _userId, ...view }: OwnedSavedView): SavedView => view;

export function savedViewsOf(state: ServiceState, caller: User | null): SavedView[] {
  const userId = owner(caller);
  return [...state.savedViews.values()]
    .filter((v) => v.userId === userId)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map(publicView);
}

export function planSavedView(state: ServiceState, caller: User | null, body: NewSavedView): OwnedSavedView {
  const userId = owner(caller);
  const mine = [...state.savedViews.values()].filter((v) => v.userId === userId);
  if (mine.some((v) => v.name === body.name)) {
    throw conflict('View name taken', `You already have a view named ${JSON.stringify(body.name)}; delete it or choose another name`);
  }
  if (mine.length >= MAX_SAVED_VIEWS) throw conflict('Too many views', `You can keep at most ${MAX_SAVED_VIEWS} saved views; delete one first`);
  return { id: `view-${crypto.randomUUID()}`, userId, name: body.name, params: body.params, createdAt: state.now().toISOString() };
}

export function planSavedViewDeletion(state: ServiceState, caller: User | null, id: string): OwnedSavedView {
  const view = state.savedViews.get(id);
  if (!view || view.userId !== owner(caller)) throw notFound('Saved view', id);
  return view;
}

export const savedViewResult = publicView;
