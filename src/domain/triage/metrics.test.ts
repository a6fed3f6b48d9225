import { describe, expect, it } from 'vitest';
import { meanTimeToRemediate, MIN_RESOLVED_FOR_MTTR, slaCompliance } from './metrics';
import { finding } from '../testing/records';

const now = new Date('2026-06-01T00:00:00Z');

describe('slaCompliance', () => {
  it('is the share of open or in-progress findings not past due; closed findings do not count', () => {
    const m = slaCompliance([
      finding('a', { dueAt: '2026-05-01T00:00:00Z' }),
      finding('b', { dueAt: '2026-07-01T00:00:00Z', state: 'in_progress' }),
      finding('c', { dueAt: null }),
      finding('d', { dueAt: '2026-07-01T00:00:00Z' }),
      finding('e', { dueAt: '2026-01-01T00:00:00Z', state: 'resolved' }),
      finding('f', { dueAt: '2026-01-01T00:00:00Z', state: 'risk_accepted' }),
    ], now);
    expect(m).toEqual({ kind: 'value', value: 75, sample: 4 });
  });
  it('says there is nothing to measure when nothing is open', () => {
    expect(slaCompliance([finding('e', { state: 'resolved' })], now)).toEqual({ kind: 'insufficient', sample: 0, needed: 1 });
  });
});

describe('meanTimeToRemediate', () => {
  const resolvedAfter = (id: string, days: number) =>
    finding(id, { state: 'resolved', firstSeenAt: '2026-01-01T00:00:00Z', updatedAt: new Date(Date.parse('2026-01-01T00:00:00Z') + days * 86_400_000).toISOString() });

  it('refuses to average too few resolved findings', () => {
    const few = Array.from({ length: MIN_RESOLVED_FOR_MTTR - 1 }, (_, i) => resolvedAfter(`r${i}`, 3));
    expect(meanTimeToRemediate([...few, finding('open')])).toEqual({ kind: 'insufficient', sample: MIN_RESOLVED_FOR_MTTR - 1, needed: MIN_RESOLVED_FOR_MTTR });
  });
  it('averages days from first seen to resolution over resolved findings only', () => {
    const rows = [1, 2, 3, 4, 10].map((d, i) => resolvedAfter(`r${i}`, d));
    expect(meanTimeToRemediate([...rows, finding('open', { updatedAt: '2026-05-01T00:00:00Z' })])).toEqual({ kind: 'value', value: 4, sample: 5 });
  });
});
