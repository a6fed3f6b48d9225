import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';
import { fetchAllFindings } from '../../../lib/queries/fetchAllFindings';

/** Every finding in every state: progress needs what is done as well as what is left. */
export function useAllFindings() {
  return useQuery({ queryKey: ['findings', 'all', undefined], queryFn: ({ signal }) => fetchAllFindings({ sort: 'dueAt' }, signal) });
}

export function useSnapshots() {
  return useQuery({ queryKey: ['snapshots'], queryFn: ({ signal }) => call('listSnapshots', { signal }) });
}
