import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';
import { fetchAllFindings } from '../../../lib/queries/fetchAllFindings';

export function useSnapshots() {
  return useQuery({ queryKey: ['snapshots'], queryFn: ({ signal }) => call('listSnapshots', { signal }) });
}

export function useTopConnections(platform: string | undefined, limit = 5) {
  return useQuery({
    queryKey: ['connections', 'top', platform, limit],
    queryFn: ({ signal }) => call('listConnections', { query: { sort: '-riskScore', limit, platform }, signal }),
  });
}

export function useTopIdentities(limit = 5) {
  return useQuery({
    queryKey: ['principals', 'top', limit],
    queryFn: ({ signal }) => call('listPrincipals', { query: { sort: '-riskScore', limit }, signal }),
  });
}

/** Every finding, in every state: SLA compliance needs the open ones and time to remediate the resolved ones. */
export function useFindingsForMetrics(platform: string | undefined) {
  return useQuery({
    queryKey: ['findings', 'all', platform],
    queryFn: ({ signal }) => fetchAllFindings({ platform }, signal),
  });
}
