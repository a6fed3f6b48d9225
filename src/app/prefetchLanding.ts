import type { QueryClient } from '@tanstack/react-query';
import { snapshotsQuery } from '../lib/queries/useSnapshots';
import { meQuery } from '../lib/queries/useMe';
import { slaPolicyQuery } from '../lib/queries/useSlaPolicy';
import { findingMetricsQuery, topConnectionsQuery, topIdentitiesQuery } from '../features/overview/api/usePosture';
import { OVERVIEW_URL_KEYS, parseOverviewFilters } from '../features/overview/hooks/useOverviewFilters';
import { graphViewQuery } from '../features/graph/api/useGraph';
import { GRAPH_URL_KEYS, parseGraphUrl } from '../features/graph/state/graphUrlState';
import { readUrlState } from '../lib/useUrlState';

/**
 * Asks for what the page the app opened on paints first while its code is still loading; otherwise the request
 * would start only once the page's lazy chunk had arrived and rendered. The page's own query then finds the
 * answer in flight, in the boot script's early answers (src/lib/earlyRequests.ts) or in the cache.
 * - `/`: everything the overview and its shell show on the first paint; the server renders the same page from the
 *   same queries (src/ssr/renderLanding.tsx).
 * - `/graph`: the base view the URL asks for (the renderer's code is fetched by the boot script, src/boot/).
 */
export function prefetchLanding(queryClient: QueryClient, location: { pathname: string; search: string }): { paintWaitsFor: Promise<void> } {
  const params = new URLSearchParams(location.search);
  if (location.pathname === '/') {
    const { platform } = parseOverviewFilters(readUrlState(params, OVERVIEW_URL_KEYS));
    // prefetchQuery never rejects: a failed query is the page's to show.
    const asked = [
      queryClient.prefetchQuery(snapshotsQuery), queryClient.prefetchQuery(meQuery), queryClient.prefetchQuery(findingMetricsQuery(platform)),
      queryClient.prefetchQuery(topConnectionsQuery(platform)), queryClient.prefetchQuery(topIdentitiesQuery()),
      queryClient.prefetchQuery(slaPolicyQuery),
    ];
    return { paintWaitsFor: Promise.all(asked).then(() => undefined) };
  }
  if (location.pathname === '/graph') void queryClient.prefetchQuery(graphViewQuery(parseGraphUrl(readUrlState(params, GRAPH_URL_KEYS))));
  return { paintWaitsFor: Promise.resolve() };
}
