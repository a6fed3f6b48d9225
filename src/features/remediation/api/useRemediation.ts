import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';
import { fetchAllFindings } from '../../../lib/queries/fetchAllFindings';

/** Under ['findings'], so triage and policy changes (which invalidate that key) refresh the board. */
export function useRemediationBoard() {
  return useQuery({ queryKey: ['findings', 'remediation-board'], queryFn: ({ signal }) => call('getRemediationBoard', { signal }) });
}

/** Open or in progress: what a maker is asked to fix. */
const OPEN = 'open,in_progress';

/**
 * One maker's open findings, every one of them (a notice must not stop at a page). The owner filter also matches
 * names containing the text, so only the findings this maker owns are kept.
 */
export function useMakerFindings(makerId: string | undefined) {
  return useQuery({
    queryKey: ['findings', 'notice', makerId],
    queryFn: async ({ signal }) => (await fetchAllFindings({ owner: makerId, state: OPEN, sort: 'dueAt' }, signal)).filter((f) => (f.ownerId ?? 'unknown') === makerId),
    enabled: makerId !== undefined && makerId !== 'unknown',
  });
}

/** Every open finding, read when someone asks for the all-makers CSV (not on every visit of the board). */
export const fetchOpenFindings = (signal?: AbortSignal) => fetchAllFindings({ state: OPEN, sort: 'dueAt' }, signal);
