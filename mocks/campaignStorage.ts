import { z } from '../src/contract/zod';
import { Campaign } from '../src/contract/campaigns';
import type { MockState } from './state';

const KEY = 'sharegraph.mock.campaigns';
const Stored = z.array(
  Campaign.omit({ ownerName: true, progress: true, queueParams: true }).extend({ findingIds: z.array(z.string()) }),
);

/**
 * A campaign is a CoE lead's own planning, so like saved views it outlives a page load of the browser mock (kept
 * in localStorage). Its frozen finding ids stay valid: the demo generator gives the same findings every load.
 */
export function restoreCampaigns(state: MockState, storage: Storage) {
  let raw: unknown = [];
  try {
    raw = JSON.parse(storage.getItem(KEY) ?? '[]');
  } catch {
    // A corrupt entry (edited by hand, or an older shape) is dropped rather than breaking the mock.
  }
  const parsed = Stored.safeParse(raw);
  if (parsed.success) state.campaigns = new Map(parsed.data.map((c) => [c.id, c]));
}

export function persistCampaigns(state: MockState, storage: Storage) {
  storage.setItem(KEY, JSON.stringify([...state.campaigns.values()]));
}
