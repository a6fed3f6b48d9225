import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';
import type { GraphUrlState } from '../state/graphUrlState';

export function useGraphSearch(q: string) {
  return useQuery({
    queryKey: ['graph', 'search', q],
    queryFn: ({ signal }) => call('graphSearch', { query: { q, limit: 10 }, signal }),
    enabled: q.trim().length > 0,
  });
}

/**
 * The base view: the focused node's neighbourhood, or the riskiest part of the graph when nothing is focused.
 * Filters narrow the overview (the API applies them there); the budget bounds both.
 */
export function useGraphView(s: Pick<GraphUrlState, 'focus' | 'depth' | 'budget' | 'kinds' | 'platform' | 'environment' | 'minRisk'>) {
  const { focus, depth, budget, kinds, platform, environment, minRisk } = s;
  return useQuery({
    queryKey: ['graph', 'view', focus ?? null, depth, budget, kinds.join(','), platform ?? null, environment ?? null, minRisk ?? null],
    queryFn: ({ signal }) =>
      focus
        ? call('graphNeighbourhood', { params: { id: focus }, query: { depth, budget }, signal })
        : call('graphOverview', { query: { budget, kinds: kinds.length ? kinds : undefined, platform, environment, minRisk }, signal }),
    // Keep drawing the previous view while the next loads, so the canvas does not flash empty on every change.
    placeholderData: keepPreviousData,
  });
}

export function useWhoCanActAs(id: string | undefined) {
  return useQuery({
    queryKey: ['graph', 'actors', id],
    queryFn: ({ signal }) => call('whoCanActAs', { params: { id: id as string }, signal }),
    enabled: id !== undefined,
  });
}

export function useReach(id: string | undefined) {
  return useQuery({
    queryKey: ['graph', 'reach', id],
    queryFn: ({ signal }) => call('reach', { params: { id: id as string }, signal }),
    enabled: id !== undefined,
  });
}

export function useShortestPath(from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: ['graph', 'path', from, to],
    queryFn: ({ signal }) => call('shortestPath', { query: { from, to }, signal }),
    enabled: from !== undefined && to !== undefined,
  });
}
