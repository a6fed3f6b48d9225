import { API_PREFIX } from '../contract/apiPrefix';

/**
 * The landing page's first data, asked for by a tiny script that runs before the app's code is evaluated (on a
 * slow machine fetching and evaluating that code takes more than half a second, and the request would wait for it).
 * The API client claims the answer instead of asking again: the same GET, the same URL, the same credentials.
 * Claimed once, so a later refetch asks anew; never claimed (the page moved on), it is simply dropped.
 */
const pending = new Map<string, Promise<Response>>();

/**
 * The explorer's default view (no question in the URL: the overview at the default budget), as the API client
 * spells its URL; a test holds the two together. A link with a question is left to the app, which parses it.
 */
export const GRAPH_DEFAULT_VIEW_PATH = `${API_PREFIX}/graph/overview?budget=1000`;

/** What each landing page draws first: the overview's posture text needs the snapshots, the explorer its view. */
export function earlyPaths(pathname: string, search = ''): string[] {
  if (pathname === '/') return [`${API_PREFIX}/snapshots`];
  if (pathname === '/graph' && search === '') return [GRAPH_DEFAULT_VIEW_PATH];
  return [];
}

export function startEarlyRequests(pathname: string, search = '', fetcher: typeof fetch = fetch, base = ''): void {
  for (const path of earlyPaths(pathname, search)) {
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
