import { describe, expect, it } from 'vitest';
import { explainPosture } from './posture';
import { snapshot } from '../../../domain/testing/records';

describe('explainPosture', () => {
  it('works the score through with the engine weights and matches the recorded formula', () => {
    // 1 critical × 10 + 2 high × 5 + 3 medium × 2 = 26 points over 10 connections → 100 / 3.6 = 27.8
    const e = explainPosture(snapshot('2026-11-01T00:00:00Z'));
    expect(e.points).toBe(26);
    expect(e.perConnection).toBeCloseTo(2.6);
    expect(e.score).toBe(27.8);
    expect(e.terms.map((t) => [t.severity, t.count, t.weight])).toEqual([['critical', 1, 10], ['high', 2, 5], ['medium', 3, 2], ['low', 0, 1]]);
  });
  it('scores an empty inventory 100', () => {
    expect(explainPosture(snapshot('2026-11-01T00:00:00Z', { connections: 0 })).score).toBe(100);
  });
});
