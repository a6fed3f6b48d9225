import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';
import type { GraphUrlState } from '../state/graphUrlState';

export function useGraphSearch(q: string) {
  return useQuery({
    queryKey: ['graph', 'search', q],
    queryFn: ({ signal }) => call('graphSearch', { query: { q, limit: 10 }, signal }),
    enabled: q.trim().length > 0,
  });
}

type BaseViewState = Pick<GraphUrlState, 'focus' | 'depth' | 'budget' | 'kinds' | 'platform' | 'environment' | 'minRisk'>;

/**
 * The base view: the focused node's neighbourhood, or the riskiest part of the graph when nothing is focused.
 * Filters narrow the overview (the API applies them there); the budget bounds both. Shared by the page and the
 * prefetch that asks for it while the page's code loads.
 */
export function graphViewQuery({ focus, depth, budget, kinds, platform, environment, minRisk }: BaseViewState) {
  return queryOptions({
    queryKey: ['graph', 'view', focus ?? null, depth, budget, kinds.join(','), platform ?? null, environment ?? null, minRisk ?? null],
    queryFn: ({ signal }) =>
      focus
        ? call('graphNeighbourhood', { params: { id: focus }, query: { depth, budget }, signal })
        : call('graphOverview', { query: { budget, kinds: kinds.length ? kinds : undefined, platform, environment, minRisk }, signal }),
  });
}

export function useGraphView(s: BaseViewState) {
  // Keep drawing the previous view while the next loads, so the canvas does not flash empty on every change.
  return useQuery({ ...graphViewQuery(s), placeholderData: keepPreviousData });
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
