import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';

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

/**
 * SLA compliance and time to remediate, computed by the API over every matching finding. Under the findings key,
 * so every triage edit (which invalidates findings) refreshes them.
 */
export function useFindingMetrics(platform: string | undefined) {
  return useQuery({
    queryKey: ['findings', 'metrics', platform],
    queryFn: ({ signal }) => call('getFindingMetrics', { query: { platform }, signal }),
  });
}
