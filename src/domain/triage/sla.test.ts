import { describe, expect, it } from 'vitest';
import { isOverdue, slaCompliance } from './sla';
import { finding } from '../testing/records';

const now = new Date('2026-06-01T00:00:00Z');

describe('slaCompliance', () => {
  it('counts open and in-progress findings past due; closed and undated ones are never late', () => {
    const rows = [
      finding('a', { dueAt: '2026-05-01T00:00:00Z' }),
      finding('b', { dueAt: '2026-07-01T00:00:00Z', state: 'in_progress' }),
      finding('c', { dueAt: null }),
      finding('d', { dueAt: '2026-05-31T23:59:59Z', state: 'in_progress' }),
      finding('e', { dueAt: '2026-01-01T00:00:00Z', state: 'resolved' }),
    ];
    expect(slaCompliance(rows, now)).toEqual({ percent: 50, open: 4, overdue: 2 });
    expect(rows.filter((f) => isOverdue(f, now)).map((f) => f.id)).toEqual(['a', 'd']);
  });
  it('has no percentage when nothing is open', () => {
    expect(slaCompliance([], now)).toEqual({ percent: null, open: 0, overdue: 0 });
  });
});
