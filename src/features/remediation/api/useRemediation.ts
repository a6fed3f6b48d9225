import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';
import { MAX_PAGE_SIZE } from '../../../contract/pagination';

/** Open work, soonest due first: the CoE's board is computed from the findings themselves. */
export function useOpenFindings() {
  return useQuery({
    queryKey: ['findings', 'remediation'],
    queryFn: ({ signal }) => call('listFindings', { query: { state: 'open,in_progress', sort: 'dueAt', limit: MAX_PAGE_SIZE }, signal }),
  });
}
