import { API_PREFIX } from '../contract/apiPrefix';

/**
 * The landing page's first data, asked for by a tiny script that runs before the app's code is evaluated (on a
 * slow machine that evaluation is half a second, and the request would otherwise wait for it). The API client
 * claims the answer instead of asking again: the same GET, the same URL, the same credentials. Claimed once, so a
 * later refetch asks anew; never claimed (the page moved on), it is simply dropped.
 */
const pending = new Map<string, Promise<Response>>();

/** What each landing page paints first: the overview's posture text needs the snapshots. */
export function earlyPaths(pathname: string): string[] {
  return pathname === '/' ? [`${API_PREFIX}/snapshots`] : [];
}

export function startEarlyRequests(pathname: string, fetcher: typeof fetch = fetch, base = ''): void {
  for (const path of earlyPaths(pathname)) {
    const request = fetcher(`${base}${path}`, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    // A failure nobody claims is not an unhandled rejection; whoever claims it still sees it.
    request.catch(() => undefined);
    pending.set(`${base}${path}`, request);
  }
}

/** The early answer for this URL, once; undefined when there is none. */
export function claimEarlyResponse(url: string): Promise<Response> | undefined {
  const request = pending.get(url);
  pending.delete(url);
  return request;
}
