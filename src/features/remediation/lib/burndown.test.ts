import { describe, expect, it } from 'vitest';
import { burndown } from './burndown';
import { snapshot } from '../../../domain/testing/records';

const at = (iso: string) => Date.parse(iso);
const sev = (n: number) => ({ openBySeverity: { critical: 0, high: n, medium: 0, low: 0 } });

describe('burndown', () => {
  it('draws recorded counts, the live count and a straight target line to the goal date', () => {
    const { rows, goal } = burndown({
      snapshots: [snapshot('2026-01-01T00:00:00Z', sev(100)), snapshot('2026-02-01T00:00:00Z', sev(90))],
      goalPercent: 50,
      targetAt: at('2026-03-01T00:00:00Z'),
      live: { at: at('2026-02-15T00:00:00Z'), open: 80 },
    });
    expect(goal).toBe(50);
    expect(rows.map((r) => [new Date(r.t).toISOString().slice(0, 10), r.open, r.live, r.target])).toEqual([
      ['2026-01-01', 100, undefined, 100],
      ['2026-02-01', 90, undefined, 73.7],
      ['2026-02-15', undefined, 80, 61.9],
      ['2026-03-01', undefined, undefined, 50],
    ]);
  });
  it('holds the goal once the target date has passed', () => {
    const { rows } = burndown({ snapshots: [snapshot('2026-01-01T00:00:00Z', sev(10)), snapshot('2026-05-01T00:00:00Z', sev(8))], goalPercent: 100, targetAt: at('2026-02-01T00:00:00Z') });
    expect(rows.map((r) => r.target)).toEqual([10, 0]);
  });
  it('has no target without history', () => {
    expect(burndown({ snapshots: [], goalPercent: 50, targetAt: 0 })).toEqual({ rows: [], goal: null });
  });
});
