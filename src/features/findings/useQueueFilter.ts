import { useUrlState } from '../../lib/useUrlState';
import { ALL_STATES, SAVED_VIEW_KEYS, type SavedViewKey } from '../../contract/savedViews';
import { FindingGroupBy } from '../../contract/findings';

export { ALL_STATES };

/**
 * The queue's URL parameters: what a saved view keeps (filters, grouping, sort), the campaign the queue is scoped
 * to (a link from the remediation board, not part of a view: a closed campaign would leave the view broken), and
 * the finding open in the panel.
 */
export const QUEUE_KEYS = [...SAVED_VIEW_KEYS, 'campaignId', 'open'] as const;
export type QueueParams = Record<(typeof QUEUE_KEYS)[number], string | undefined>;

/** The filter as the API reads it, in the URL's spelling: every queue parameter but the view's shape. */
export type QueueFilter = Partial<Record<Exclude<SavedViewKey, 'sort' | 'groupBy'> | 'campaignId', string>>;

/** "Active" (open or in progress) is what an analyst works on, so it is the default tab. */
export const ACTIVE_STATES = 'open,in_progress';

const NOT_FILTERS = new Set<string>(['sort', 'groupBy', 'open', 'state']);

export function useQueueFilter() {
  const [params, setParams] = useUrlState(QUEUE_KEYS);
  // Also what a bulk edit "on all matching" sends, so both select the same rows.
  const filter: QueueFilter = {
    ...Object.fromEntries(Object.entries(params).filter(([k, v]) => v !== undefined && !NOT_FILTERS.has(k))),
    ...(params.state === ALL_STATES ? {} : { state: params.state ?? ACTIVE_STATES }),
  };
  // A hand-edited URL with an unknown grouping shows the plain queue rather than an error.
  const groupBy = FindingGroupBy.safeParse(params.groupBy).data;
  return { params, setParams, filter, sort: params.sort, groupBy };
}
