import type { QueryClient } from '@tanstack/react-query';
import { snapshotsQuery } from '../lib/queries/useSnapshots';
import { graphViewQuery } from '../features/graph/api/useGraph';
import { GRAPH_URL_KEYS, parseGraphUrl } from '../features/graph/state/graphUrlState';
import { readUrlState } from '../lib/useUrlState';

/**
 * Asks for what the page the app opened on paints first while its code is still loading; otherwise the request
 * would start only once the page's lazy chunk had arrived and rendered. The page's own query then finds the
 * answer in flight or in the cache.
 * - `/`: the overview's posture text (its largest paint) needs the snapshots.
 * - `/graph`: the base view the URL asks for (the renderer's code is fetched by the boot script, src/boot/).
 */
export function prefetchLanding(queryClient: QueryClient, location: { pathname: string; search: string }): { paintWaitsFor: Promise<void> } {
  if (location.pathname === '/') return { paintWaitsFor: queryClient.prefetchQuery(snapshotsQuery) };
  if (location.pathname === '/graph') {
    const raw = readUrlState(new URLSearchParams(location.search), GRAPH_URL_KEYS);
    void queryClient.prefetchQuery(graphViewQuery(parseGraphUrl(raw)));
  }
  return { paintWaitsFor: Promise.resolve() };
}
