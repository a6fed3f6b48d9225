import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';

/** How many of a node's findings the side panel lists; the drill-down page has them all. */
export const SIDE_PANEL_FINDINGS = 5;

/**
 * The active findings about one node (as subject or as a related subject), riskiest first. Keyed under the findings
 * list, so triage elsewhere in the app (which patches and invalidates that key) keeps the side panel current.
 */
export function useNodeFindings(subjectId: string | undefined) {
  const query = { subjectId, state: ['open', 'in_progress'], sort: '-riskScore', limit: SIDE_PANEL_FINDINGS };
  return useQuery({
    queryKey: ['findings', 'list', query],
    queryFn: ({ signal }) => call('listFindings', { query, signal }),
    enabled: subjectId !== undefined,
  });
}
