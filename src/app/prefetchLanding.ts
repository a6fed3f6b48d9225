import type { QueryClient } from '@tanstack/react-query';
import { snapshotsQuery } from '../lib/queries/useSnapshots';

/**
 * Asks for the data the landing view paints first while its code is still loading: the overview's posture text
 * (its largest paint) needs the snapshots, which the page would otherwise request only once its lazy chunk had
 * arrived and rendered. The page's own query then finds the answer in flight or in the cache.
 */
export function prefetchLanding(queryClient: QueryClient, pathname: string) {
  if (pathname === '/') void queryClient.prefetchQuery(snapshotsQuery);
}
