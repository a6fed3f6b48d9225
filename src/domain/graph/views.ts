import type { GraphView, NodeKind } from '../../contract/graph';
import { EK, NK } from './codes';
import { ViewBuilder } from './fold';
import type { SharingGraph } from './sharingGraph';

export interface NeighbourhoodOptions {
  /** Hops from the focus, in either edge direction. Default 2. */
  depth?: number;
  /** Most nodes returned. Default 500. */
  budget?: number;
}

export interface OverviewOptions {
  budget?: number;
  kinds?: readonly NodeKind[];
  platform?: string;
  environment?: string;
  /** Only connections whose risk is at least this (0–100). */
  minRisk?: number;
}

/**
 * Bounded neighbourhood. BFS in both directions up to `depth`; exploration stops after 20× the budget so a hub
 * (an "All Employees" group) cannot make one call scan the whole graph. Persons are folded by department,
 * largest departments first, only as far as needed to fit the budget; what still does not fit is cut, farthest
 * hops first, and the view says `truncated`.
 */
export function neighbourhoodView(g: SharingGraph, focus: number, options: NeighbourhoodOptions): GraphView {
  const depthLimit = Math.max(0, Math.floor(options.depth ?? 2));
  const budget = Math.max(1, Math.floor(options.budget ?? 500));
  const cap = Math.max(budget * 20, 2000);
  const d = g.data;
  const s = g.scratch;
  s.begin();
  s.mark(focus, -1);
  s.depth[focus] = 0;
  const order: number[] = [focus];
  let clipped = false;
  for (let head = 0; head < order.length && !clipped; head++) {
    const n = order[head] as number;
    const depth = s.depth[n] as number;
    if (depth >= depthLimit) continue;
    const visit = (m: number): void => {
      if (s.seen(m) || clipped) return;
      if (order.length >= cap) {
        clipped = true;
        return;
      }
      s.mark(m, -1);
      s.depth[m] = depth + 1;
      order.push(m);
    };
    for (let i = d.outOff[n] as number, end = d.outOff[n + 1] as number; i < end; i++) visit(d.edgeDst[d.outEdges[i] as number] as number);
    for (let i = d.inOff[n] as number, end = d.inOff[n + 1] as number; i < end; i++) visit(d.edgeSrc[d.inEdges[i] as number] as number);
  }

  const foldDepts = new Set<string>();
  if (order.length > budget) {
    const buckets = new Map<string, number>();
    for (const n of order) {
      if (n === focus || d.kinds[n] !== NK.person) continue;
      const key = d.department.at(n) ?? 'No department';
      buckets.set(key, (buckets.get(key) ?? 0) + 1);
    }
    const sorted = [...buckets].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    let count = order.length;
    for (const [key, size] of sorted) {
      if (count <= budget || size < 2) break;
      foldDepts.add(key);
      count -= size - 1;
    }
  }
  const view = new ViewBuilder(g);
  let truncated = clipped;
  for (const n of order) {
    const fold = n !== focus && d.kinds[n] === NK.person && foldDepts.has(d.department.at(n) ?? 'No department');
    if (view.size + view.cost(n, fold) > budget) {
      truncated = true;
      continue;
    }
    view.add(n, fold);
  }
  return view.build(budget, truncated);
}

/** Connections by risk, riskiest first (ties by id), for the overview. */
export function connectionsByRisk(g: SharingGraph): number[] {
  const d = g.data;
  const list: number[] = [];
  for (let i = 0; i < d.kinds.length; i++) if (d.kinds[i] === NK.connection) list.push(i);
  return list.sort((a, b) => (g.risk[b] as number) - (g.risk[a] as number) || ((d.ids[a] as string) < (d.ids[b] as string) ? -1 : 1));
}

/**
 * The explorer's start: the riskiest connections with their identity, owner, target, apps and grantees, persons
 * folded by department, added whole connection by whole connection until the next one would pass the budget.
 */
export function overviewView(g: SharingGraph, options: OverviewOptions): GraphView {
  const budget = Math.max(1, Math.floor(options.budget ?? 300));
  const minRisk = options.minRisk ?? 0;
  const kinds = options.kinds ? new Set<string>(options.kinds) : null;
  const allowed = (n: number, folded: boolean): boolean =>
    kinds === null || kinds.has(folded ? 'aggregate' : g.kindAt(n)) || (folded && kinds.has('person'));
  const d = g.data;
  const view = new ViewBuilder(g);
  let truncated = false;
  for (const c of g.connectionsByRisk()) {
    if ((g.risk[c] as number) < minRisk) break;
    if (options.platform !== undefined && d.platform.at(c) !== options.platform) continue;
    if (options.environment !== undefined && d.environment.at(c) !== options.environment) continue;
    const identity = g.identityOf(c);
    const wanted: { n: number; folded: boolean }[] = [{ n: c, folded: false }];
    const pushIn = (kind: number, foldPersons: boolean): void => {
      for (const e of g.inOfKind(c, kind)) {
        const n = d.edgeSrc[e] as number;
        wanted.push({ n, folded: foldPersons && n !== identity && d.kinds[n] === NK.person });
      }
    };
    if (identity >= 0) wanted.push({ n: identity, folded: false });
    for (const e of g.outOfKind(c, EK.reaches)) wanted.push({ n: d.edgeDst[e] as number, folded: false });
    pushIn(EK.owns, false);
    pushIn(EK.uses, false);
    pushIn(EK.shared_with, true);
    const picked = wanted.filter((w) => allowed(w.n, w.folded));
    let cost = 0;
    const counted = new Set<string>();
    for (const w of picked) {
      const key = w.folded ? `a:${view.aggregateKey(w.n)}` : `n:${w.n}`;
      if (counted.has(key)) continue;
      counted.add(key);
      cost += view.cost(w.n, w.folded);
    }
    if (view.size + cost > budget) {
      truncated = true;
      break;
    }
    for (const w of picked) view.add(w.n, w.folded);
  }
  return view.build(budget, truncated);
}
