import { describe, expect, it } from 'vitest';
import { API_TARGETS, resolveTarget } from './apiTargets';
import { BUDGETS, type Budget } from './budgets';
import { budgetStatus, COMPARISONS, comparisonRows, formatBudget, overBudget } from './report';

const ms = (max: number): Budget => ({ max, unit: 'ms', what: 'test' });

describe('budget status', () => {
  it('says ok at or under the budget and how far over above it', () => {
    expect(budgetStatus(50, ms(50))).toBe('ok');
    expect(budgetStatus(75, ms(50))).toBe('OVER ×1.5');
    expect(budgetStatus(3, { max: 0, unit: 'errors', what: 'test' })).toBe('OVER (3)');
    expect(budgetStatus(3, undefined)).toBe('');
    expect(formatBudget(ms(50))).toBe('≤ 50 ms');
  });

  it('names every figure over its budget, and only those', () => {
    const budgets = { 'a.x': ms(10), 'a.y': ms(10) };
    expect(overBudget({ 'a.x': 11, 'a.y': 10, 'a.z': 1000 }, budgets)).toEqual(['a.x = 11 (10 ms)']);
  });
});

describe('fair comparisons', () => {
  it('prints the app figure next to its baseline with their ratio, only when both were measured', () => {
    const rows = comparisonRows({ 'browser.graphFirstDrawMs': 900, 'browser.canvasFirstDrawMs': 300, 'browser.graphPanZoomFrameP95Ms': 20 });
    expect(rows).toEqual([{ comparison: 'graph: navigation to first draw, sigma ÷ plain canvas', app: 900, baseline: 300, ratio: '×3' }]);
    expect(comparisonRows({ 'x.app': 5, 'x.base': 0 }, [{ what: 'w', app: 'x.app', baseline: 'x.base' }])[0]?.ratio).toBe('');
  });

  it('compares each API target the load run measures with the figure the server child reports for it', () => {
    const api = COMPARISONS.filter((c) => c.app.startsWith('api.'));
    expect(api.map((c) => c.app)).toEqual(Object.keys(API_TARGETS).map((t) => `api.${t}SerialP95Ms`));
    expect(api.map((c) => c.baseline)).toEqual(['api.serviceListSerialisedP95Ms', 'api.serviceDrillSerialisedP95Ms', 'api.serviceHoodSerialisedP95Ms']);
  });

  it('keeps the budgeted stack-overhead ratio among the figures', () => {
    expect(BUDGETS['api.listOverServiceP95Ratio']?.unit).toBe('ratio');
  });
});

describe('API targets resolve to the contract operation the server runs for them', () => {
  it('maps each URL to its operation with path parameters and query strings', () => {
    expect(resolveTarget(API_TARGETS.list)).toEqual({ name: 'listConnections', params: {}, query: { platform: 'power_platform', sort: '-riskScore', limit: '100' } });
    expect(resolveTarget(API_TARGETS.drill)).toEqual({ name: 'getConnection', params: { id: 'c-dana-finance-sql' }, query: {} });
    expect(resolveTarget(API_TARGETS.hood)).toEqual({ name: 'graphNeighbourhood', params: { id: 'c-dana-finance-sql' }, query: { depth: '2', budget: '1000' } });
  });

  it('prefers a literal path segment over a parameter', () => {
    expect(resolveTarget('/api/v1/graph/overview?budget=10').name).toBe('graphOverview');
  });

  it('refuses a URL no GET operation serves', () => {
    expect(() => resolveTarget('/api/v1/nowhere/at/all')).toThrow(/matches no GET operation/);
    expect(() => resolveTarget('/health')).toThrow(/not under/);
  });
});
