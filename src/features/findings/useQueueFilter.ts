import { useUrlState } from '../../lib/useUrlState';
import type { z } from 'zod';
import type { FindingsFilter } from '../../contract/findings';

export type QueueFilter = z.input<typeof FindingsFilter>;

/** The queue's URL parameters: filters, sort, and the finding open in the side panel. */
export const QUEUE_KEYS = ['q', 'severity', 'ruleId', 'owasp', 'platform', 'environment', 'assigneeId', 'state', 'sort', 'open'] as const;
export type QueueParams = Record<(typeof QUEUE_KEYS)[number], string | undefined>;

/** "Active" (open or in progress) is what an analyst works on, so it is the default tab. */
export const ACTIVE_STATES = 'open,in_progress';
export const ALL_STATES = 'all';

export function useQueueFilter() {
  const [params, setParams] = useUrlState(QUEUE_KEYS);
  const { open: _open, state, ...rest } = params;
  // The filter as the API reads it; also what a bulk edit "on all matching" sends, so both select the same rows.
  const filter: QueueFilter = {
    ...(Object.fromEntries(Object.entries(rest).filter(([k, v]) => v !== undefined && k !== 'sort')) as QueueFilter),
    ...(state === ALL_STATES ? {} : { state: state ?? ACTIVE_STATES }),
  };
  return { params, setParams, filter, sort: params.sort };
}
