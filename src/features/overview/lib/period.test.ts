import { describe, expect, it } from 'vitest';
import { parsePeriod, snapshotsInPeriod } from './period';
import { snapshot } from '../../../domain/testing/records';

const monthly = ['2026-05-25', '2026-06-25', '2026-07-25', '2026-08-25', '2026-09-25', '2026-10-25', '2026-11-25']
  .map((d) => snapshot(`${d}T04:00:00.000Z`));

describe('period', () => {
  it('keeps the snapshots within N months of the latest, boundary included', () => {
    expect(snapshotsInPeriod(monthly, '3m').map((s) => s.takenAt.slice(0, 7))).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(snapshotsInPeriod(monthly, '12m')).toHaveLength(7);
    expect(snapshotsInPeriod(monthly, 'all')).toHaveLength(7);
  });
  it('handles no history', () => {
    expect(snapshotsInPeriod([], '3m')).toEqual([]);
  });
  it('falls back to the default period for unknown URL values', () => {
    expect(parsePeriod('6m')).toBe('6m');
    expect(parsePeriod('forever')).toBe('12m');
    expect(parsePeriod(undefined)).toBe('12m');
  });
});
