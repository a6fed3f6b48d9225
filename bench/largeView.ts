// The pan/zoom case is a view of 5,000 nodes and 20,000 edges. The overview at the explorer's largest budget
// has fewer edges (13,485 on `l`: it keeps the riskiest nodes, not their links); the deepest neighbourhood of a risky
// connection is denser (17,500–24,300 edges on `l`). The bench asks the API which of a few is densest and opens it.
import type { APIRequestContext } from '@playwright/test';
import { MAX_BUDGET, MAX_DEPTH } from '../src/features/graph/state/graphUrlState';

/** How many of the riskiest connections are tried: each costs one neighbourhood request. */
const CANDIDATES = 4;

export interface LargeView {
  /** The explorer's URL path for the view. */
  path: string;
  nodes: number;
  edges: number;
}

async function json(request: APIRequestContext, url: string): Promise<unknown> {
  const res = await request.get(url, { headers: { accept: 'application/json' } });
  if (!res.ok()) throw new Error(`large view: ${url} answered ${res.status()}`);
  return res.json();
}

const sizeOf = (view: unknown) => {
  const v = view as { nodes?: unknown[]; edges?: unknown[] };
  return { nodes: v.nodes?.length ?? 0, edges: v.edges?.length ?? 0 };
};

/**
 * The densest view at the largest budget among the overview and the deepest neighbourhoods of the riskiest
 * connections, asked of the API the page will ask (with the context's session).
 */
export async function pickLargeView(request: APIRequestContext, base: string): Promise<LargeView> {
  const api = `${base}/api/v1`;
  let best: LargeView = { path: `/graph?budget=${MAX_BUDGET}`, ...sizeOf(await json(request, `${api}/graph/overview?budget=${MAX_BUDGET}`)) };
  const riskiest = (await json(request, `${api}/connections?sort=-riskScore&limit=${CANDIDATES}`)) as { items: { id: string }[] };
  for (const { id } of riskiest.items) {
    const size = sizeOf(await json(request, `${api}/graph/nodes/${encodeURIComponent(id)}/neighbourhood?depth=${MAX_DEPTH}&budget=${MAX_BUDGET}`));
    if (size.edges > best.edges) best = { path: `/graph?focus=${encodeURIComponent(id)}&depth=${MAX_DEPTH}&budget=${MAX_BUDGET}`, ...size };
  }
  return best;
}
