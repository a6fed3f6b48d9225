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

/**
 * What each landing page draws first, spelled as the API client spells those URLs (tests hold them together):
 * the overview and its shell (posture history, the user, the finding figures and the five riskiest connections
 * for the URL's platform, the five most exposed identities, the SLA policy they are measured against), or the
 * explorer's default view.
 */
export function earlyPaths(pathname: string, search = ''): string[] {
  if (pathname === '/') {
    const platform = new URLSearchParams(search).get('platform');
    const query = (entries: Record<string, string | null>) => {
      const qs = new URLSearchParams(Object.entries(entries).filter((e): e is [string, string] => !!e[1])).toString();
      return qs ? `?${qs}` : '';
    };
    return [
      `${API_PREFIX}/snapshots`, `${API_PREFIX}/me`, `${API_PREFIX}/posture/finding-metrics${query({ platform })}`,
      `${API_PREFIX}/connections${query({ sort: '-riskScore', limit: '5', platform })}`, `${API_PREFIX}/principals${query({ sort: '-riskScore', limit: '5' })}`,
      `${API_PREFIX}/policy/sla`,
    ];
  }
  if (pathname === '/graph' && search === '') return [GRAPH_DEFAULT_VIEW_PATH];
  return [];
}

/**
 * The id of the `<script type="application/json">` in which the server that rendered the landing page hands over
 * the API's answers it rendered from (server/http/landingPage.ts), so the app starts from the same data without
 * asking again: API path (as `earlyPaths` spells it) to the JSON body of a 200 answer.
 */
export const EARLY_ANSWERS_ID = 'sharegraph-early-answers';
export type EarlyAnswers = Record<string, unknown>;

/** The answers the server put in the page; none when it did not render it (or the block is not valid JSON). */
export function readEarlyAnswers(doc: Pick<Document, 'getElementById'>): EarlyAnswers {
  const text = doc.getElementById(EARLY_ANSWERS_ID)?.textContent;
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as EarlyAnswers) : {};
  } catch {
    return {};
  }
}

/** Starts the landing page's requests; a path the server already answered (`answered`) becomes that answer, unfetched. */
export function startEarlyRequests(pathname: string, search = '', fetcher: typeof fetch = fetch, base = '', answered: EarlyAnswers = {}): void {
  for (const path of earlyPaths(pathname, search)) {
    const request = Object.hasOwn(answered, path)
      ? Promise.resolve(new Response(JSON.stringify(answered[path]), { status: 200, headers: { 'content-type': 'application/json' } }))
      : fetcher(`${base}${path}`, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
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

/**
 * Forgets every answer not claimed yet. The server's render calls it as soon as its queries have claimed theirs (in
 * the same synchronous step), so no answer of one page request can be claimed by another's render.
 */
export function dropEarlyResponses(): void {
  pending.clear();
}
