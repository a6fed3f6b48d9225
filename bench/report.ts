// How a bench run reads: each figure next to its budget, the misses named, and the fair comparisons side by side as
// ratios (the app's figure ÷ the same work done by the plainest means, in the same run).
import { API_TARGETS, servicePrefix } from './apiTargets';
import type { Budget } from './budgets';

const round2 = (n: number) => Math.round(n * 100) / 100;

export const formatBudget = (budget: Budget | undefined) => (budget ? `≤ ${budget.max} ${budget.unit}` : '');

/** 'ok', 'OVER ×1.5' (how far over), or '' for a figure without a budget. */
export function budgetStatus(value: number, budget: Budget | undefined): string {
  if (!budget) return '';
  if (value <= budget.max) return 'ok';
  return budget.max > 0 ? `OVER ×${round2(value / budget.max)}` : `OVER (${value})`;
}

/** Each figure with a budget that is over it, as `metric = value (max unit)`. */
export function overBudget(figures: Readonly<Record<string, number>>, budgets: Readonly<Record<string, Budget>>): string[] {
  return Object.entries(figures)
    .filter(([metric, value]) => budgets[metric] !== undefined && value > budgets[metric].max)
    .map(([metric, value]) => `${metric} = ${value} (${budgets[metric]!.max} ${budgets[metric]!.unit})`);
}

export interface Comparison { what: string; app: string; baseline: string }

/** The stack's overhead (HTTP ÷ the same operation in process) and the renderer's (sigma ÷ a plain 2D canvas). */
export const COMPARISONS: readonly Comparison[] = [
  ...Object.keys(API_TARGETS).map((t) => ({
    // The server caches answers until the data changes, so the HTTP side is the cached path; below 1 means the
    // cache saves more than the stack (routing, session, cookies, HTTP) costs.
    what: `API ${t} p95, one at a time: HTTP (answer cache on) ÷ same operation in process, uncached (+ schema check, JSON)`,
    app: `api.${t}SerialP95Ms`,
    baseline: `api.${servicePrefix(t)}SerialisedP95Ms`,
  })),
  { what: 'graph: navigation to first draw, sigma ÷ plain canvas', app: 'browser.graphFirstDrawMs', baseline: 'browser.canvasFirstDrawMs' },
  { what: 'graph: overview answer to first draw, sigma ÷ plain canvas', app: 'browser.graphAnswerToDrawMs', baseline: 'browser.canvasAnswerToDrawMs' },
  { what: 'graph: pan/zoom frame p95, sigma ÷ plain canvas', app: 'browser.graphPanZoomFrameP95Ms', baseline: 'browser.canvasPanZoomFrameP95Ms' },
];

/** The comparisons whose two figures were measured in this run, with their ratio (blank when the baseline is 0). */
export function comparisonRows(figures: Readonly<Record<string, number>>, comparisons: readonly Comparison[] = COMPARISONS) {
  return comparisons.flatMap(({ what, app, baseline }) => {
    const a = figures[app];
    const b = figures[baseline];
    if (a === undefined || b === undefined) return [];
    return [{ comparison: what, app: a, baseline: b, ratio: b > 0 ? `×${round2(a / b)}` : '' }];
  });
}
