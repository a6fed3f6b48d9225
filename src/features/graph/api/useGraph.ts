import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';

export function useGraphSearch(q: string) {
  return useQuery({
    queryKey: ['graph', 'search', q],
    queryFn: ({ signal }) => call('graphSearch', { query: { q, limit: 10 }, signal }),
    enabled: q.trim().length > 0,
  });
}

/** The focused node's neighbourhood, or the riskiest part of the graph when nothing is focused. */
export function useGraphView(focus: string | undefined, depth: number) {
  return useQuery({
    queryKey: ['graph', 'view', focus ?? null, depth],
    queryFn: ({ signal }) =>
      focus
        ? call('graphNeighbourhood', { params: { id: focus }, query: { depth, budget: 1000 }, signal })
        : call('graphOverview', { query: { budget: 1000 }, signal }),
  });
}
