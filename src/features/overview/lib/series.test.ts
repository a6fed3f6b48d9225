import { describe, expect, it } from 'vitest';
import { openTotal, severitySeries, toBars, valueSeries } from './series';
import { snapshot } from '../../../domain/testing/records';

describe('series', () => {
  it('turns snapshots into one row per snapshot with the recorded severities', () => {
    const rows = severitySeries([snapshot('2026-10-01T00:00:00Z'), snapshot('2026-11-01T00:00:00Z', { openBySeverity: { critical: 4, high: 0, medium: 1, low: 2 } })]);
    expect(rows).toEqual([
      { takenAt: '2026-10-01T00:00:00Z', critical: 1, high: 2, medium: 3, low: 0 },
      { takenAt: '2026-11-01T00:00:00Z', critical: 4, high: 0, medium: 1, low: 2 },
    ]);
  });
  it('reads a platform that a snapshot did not record as nothing open', () => {
    const rows = valueSeries([snapshot('2026-10-01T00:00:00Z', { openByPlatform: {} }), snapshot('2026-11-01T00:00:00Z')], (s) => s.openByPlatform.n8n);
    expect(rows.map((r) => r.value)).toEqual([0, 6]);
  });
  it('orders bars largest first with a stable tie-break', () => {
    expect(toBars({ b: 2, a: 2, c: 5 })).toEqual([{ key: 'c', count: 5 }, { key: 'a', count: 2 }, { key: 'b', count: 2 }]);
    expect(toBars({})).toEqual([]);
  });
  it('sums open findings over severities', () => {
    expect(openTotal(snapshot('2026-11-01T00:00:00Z'))).toBe(6);
  });
});
