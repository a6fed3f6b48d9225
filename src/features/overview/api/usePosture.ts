import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';

/** The overview lists the five riskiest of each; the landing prefetch and the server's first render ask the same. */
const TOP = 5;

export const topConnectionsQuery = (platform: string | undefined, limit = TOP) => queryOptions({
  queryKey: ['connections', 'top', platform, limit],
  queryFn: ({ signal }) => call('listConnections', { query: { sort: '-riskScore', limit, platform }, signal }),
});

export const topIdentitiesQuery = (limit = TOP) => queryOptions({
  queryKey: ['principals', 'top', limit],
  queryFn: ({ signal }) => call('listPrincipals', { query: { sort: '-riskScore', limit }, signal }),
});

/**
 * SLA compliance and time to remediate, computed by the API over every matching finding. Under the findings key,
 * so every triage edit (which invalidates findings) refreshes them.
 */
export const findingMetricsQuery = (platform: string | undefined) => queryOptions({
  queryKey: ['findings', 'metrics', platform],
  queryFn: ({ signal }) => call('getFindingMetrics', { query: { platform }, signal }),
});

export function useTopConnections(platform: string | undefined) {
  return useQuery(topConnectionsQuery(platform));
}

export function useTopIdentities() {
  return useQuery(topIdentitiesQuery());
}

export function useFindingMetrics(platform: string | undefined) {
  return useQuery(findingMetricsQuery(platform));
}
