// What the API bench asks the server, once: autocannon loads these URLs over HTTP, and the server child runs the
// very same operations in process (resolveTarget) for the stack-overhead comparison, so the two cannot drift.
import { API_PREFIX, endpoints, type EndpointName } from '../src/contract/endpoints';

export const API_TARGETS = {
  list: '/api/v1/connections?platform=power_platform&sort=-riskScore&limit=100',
  drill: '/api/v1/connections/c-dana-finance-sql',
  hood: '/api/v1/graph/nodes/c-dana-finance-sql/neighbourhood?depth=2&budget=1000',
} as const;
export type TargetName = keyof typeof API_TARGETS;

export interface ResolvedTarget {
  name: EndpointName;
  /** Raw strings, as the router hands them to the contract's schemas. */
  params: Record<string, string>;
  query: Record<string, string>;
}

/** The GET operation of the contract a URL calls; a literal segment beats a `:param` (`/connections/x` vs `/connections`). */
export function resolveTarget(url: string): ResolvedTarget {
  const parsed = new URL(url, 'http://bench.invalid');
  if (!parsed.pathname.startsWith(`${API_PREFIX}/`)) throw new Error(`${url} is not under ${API_PREFIX}`);
  const segments = parsed.pathname.slice(API_PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
  let best: { resolved: ResolvedTarget; literals: number } | undefined;
  for (const [name, ep] of Object.entries(endpoints)) {
    if (ep.method !== 'GET') continue;
    const pattern = ep.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((p, i) => (p.startsWith(':') ? ((params[p.slice(1)] = segments[i]!), true) : p === segments[i]));
    const literals = pattern.filter((p) => !p.startsWith(':')).length;
    if (fits && (!best || literals > best.literals)) {
      best = { resolved: { name: name as EndpointName, params, query: Object.fromEntries(parsed.searchParams) }, literals };
    }
  }
  if (!best) throw new Error(`${url} matches no GET operation of the contract`);
  return best.resolved;
}

/** The server child's figure name for the in-process run of a target: `servicePrefix('list')` = `serviceList`. */
export const servicePrefix = (target: string) => `service${target.charAt(0).toUpperCase()}${target.slice(1)}`;
