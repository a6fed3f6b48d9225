import { SlaPolicy } from '../src/contract/slaPolicy';
import { adoptSlaPolicy } from '../src/service/slaPolicy';
import type { MockState } from './state';

const KEY = 'sharegraph.mock.slaPolicy';

/**
 * The browser mock regenerates its findings on every page load; a saved SLA policy is kept in localStorage and
 * taken on again, with the due dates it gives, so a reload shows what the server would after a restart.
 */
export function restoreSlaPolicy(state: MockState, storage: Storage) {
  let raw: unknown = null;
  try {
    raw = JSON.parse(storage.getItem(KEY) ?? 'null');
  } catch {
    // A corrupt entry (edited by hand, or an older shape) is dropped rather than breaking the mock.
  }
  const parsed = SlaPolicy.safeParse(raw);
  if (parsed.success) adoptSlaPolicy(state, parsed.data);
}

export function persistSlaPolicy(state: MockState, storage: Storage) {
  storage.setItem(KEY, JSON.stringify(state.slaPolicy));
}
