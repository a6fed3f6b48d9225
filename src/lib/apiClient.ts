import type { z } from 'zod';
import { API_PREFIX, endpoints, type EndpointName, type Endpoints } from '../contract/endpoints';
import { Problem } from '../contract/problem';
import { claimEarlyResponse } from './earlyRequests';

type Ep<N extends EndpointName> = Endpoints[N];
type QueryValue = string | number | boolean | readonly string[] | undefined | null;

export type CallInput<N extends EndpointName> = {
  params?: z.input<Ep<N>['params']>;
  query?: { [K in keyof z.input<Ep<N>['query']>]?: QueryValue };
  body?: z.input<Ep<N>['body']>;
  signal?: AbortSignal;
};
export type CallOutput<N extends EndpointName> = z.output<Ep<N>['response']>;

/** Every failure of the API as one error type carrying the problem details, so views can show what and where. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
  }
  get status() {
    return this.problem.status;
  }
}

/** Titles of the errors the client makes up itself, so callers can tell "no answer" from "a wrong answer". */
export const UNREACHABLE_TITLE = 'The API cannot be reached';
export const CONTRACT_DRIFT_TITLE = 'The API answered outside its contract';

export const CSRF_COOKIE = 'sg_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const hit = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return hit ? decodeURIComponent(hit.slice(name.length + 1)) : undefined;
}

let apiBase = '';
let apiFetch: typeof fetch = (...args) => fetch(...args);
/** Node tests have no browser cookie jar; they pass a fetch that carries the session and CSRF token. */
export function setApiFetch(f: typeof fetch) {
  apiFetch = f;
}

/** Node tests have no page origin to resolve `/api/v1` against; they set one here. */
export function setApiBase(base: string) {
  apiBase = base.replace(/\/$/, '');
}

export function buildUrl(path: string, params: Record<string, string> = {}, query: Record<string, QueryValue> = {}) {
  const filled = path.replace(/:(\w+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Missing path parameter ${key} for ${path}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const qs = search.toString();
  return `${apiBase}${API_PREFIX}${filled}${qs ? `?${qs}` : ''}`;
}

async function problemFrom(res: Response): Promise<Problem> {
  const fallback: Problem = { type: 'about:blank', title: res.statusText || 'Request failed', status: res.status };
  try {
    const parsed = Problem.safeParse(await res.json());
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/**
 * The typed client: every query hook goes through here. Responses are parsed with the contract, so a server
 * (or mock) that drifts from it fails loudly instead of rendering half-shaped data.
 */
export async function call<N extends EndpointName>(name: N, input: CallInput<N> = {}): Promise<CallOutput<N>> {
  const ep = endpoints[name];
  const url = buildUrl(ep.path, input.params as Record<string, string>, input.query as Record<string, QueryValue>);
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (ep.method !== 'GET') {
    headers['content-type'] = 'application/json';
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
    body = JSON.stringify(input.body ?? {});
  }
  let res: Response;
  try {
    const early = ep.method === 'GET' ? claimEarlyResponse(url) : undefined;
    res = await (early ?? apiFetch(url, { method: ep.method, headers, body, credentials: 'same-origin', signal: input.signal }));
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({ type: 'about:blank', title: UNREACHABLE_TITLE, status: 503, detail: String(err) });
  }
  if (!res.ok) throw new ApiError(await problemFrom(res));
  const parsed = ep.response.safeParse(await res.json());
  if (!parsed.success) {
    throw new ApiError({
      type: 'about:blank',
      title: CONTRACT_DRIFT_TITLE,
      status: 502,
      detail: `${name}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    });
  }
  return parsed.data as CallOutput<N>;
}
