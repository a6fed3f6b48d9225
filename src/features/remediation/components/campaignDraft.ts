import { CAMPAIGN_FILTER_KEYS, type CampaignFilter, type CampaignFilterKey } from '../../../contract/campaigns';

/** The queue's spelling of its state tabs: no `state` is the active tab, `all` is every state (see the findings queue). */
export const ACTIVE_STATES = 'open,in_progress';
const ALL_STATES = 'all';

/**
 * A campaign's starting filter from a URL in the findings queue's spelling, so "start a campaign from this
 * filter" freezes exactly the findings the queue showed: no state means the active tab, `all` means none.
 */
export function draftFilterFrom(search: URLSearchParams): CampaignFilter {
  const filter: Partial<Record<CampaignFilterKey, string>> = {};
  for (const key of CAMPAIGN_FILTER_KEYS) {
    const value = search.get(key);
    if (value) filter[key] = value;
  }
  const state = search.get('state');
  if (!state) filter.state = ACTIVE_STATES;
  else if (state === ALL_STATES) delete filter.state;
  return filter;
}

/** Drops empty values: an empty field means "any". */
export const cleanFilter = (filter: CampaignFilter): CampaignFilter =>
  Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v.trim() !== ''));

const DAY_MS = 86_400_000;
/** A quarter ahead, the board's own default planning horizon. */
export const defaultTargetDate = (now: Date) => new Date(now.getTime() + 90 * DAY_MS).toISOString().slice(0, 10);
