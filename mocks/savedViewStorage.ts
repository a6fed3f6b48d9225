import { z } from '../src/contract/zod';
import { SavedView } from '../src/contract/savedViews';
import type { MockState } from './state';

const KEY = 'sharegraph.mock.savedViews';
const Stored = z.array(SavedView.extend({ userId: z.string() }));

/**
 * The browser mock regenerates its data on every page load, but a saved view is the user's own work: it is kept
 * in localStorage, so saving, reloading and applying a view behaves as it does against the server.
 */
export function restoreSavedViews(state: MockState, storage: Storage) {
  let raw: unknown = [];
  try {
    raw = JSON.parse(storage.getItem(KEY) ?? '[]');
  } catch {
    // A corrupt entry (edited by hand, or an older shape) is dropped rather than breaking the mock.
  }
  const parsed = Stored.safeParse(raw);
  if (parsed.success) state.savedViews = new Map(parsed.data.map((v) => [v.id, v]));
}

export function persistSavedViews(state: MockState, storage: Storage) {
  storage.setItem(KEY, JSON.stringify([...state.savedViews.values()]));
}
