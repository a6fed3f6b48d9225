import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';

export function useSnapshots() {
  return useQuery({ queryKey: ['snapshots'], queryFn: ({ signal }) => call('listSnapshots', { signal }) });
}

export function useTopConnections(limit = 5) {
  return useQuery({
    queryKey: ['connections', 'top', limit],
    queryFn: ({ signal }) => call('listConnections', { query: { sort: '-riskScore', limit }, signal }),
  });
}
