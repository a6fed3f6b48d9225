import { describe, expect, it } from 'vitest';
import { countChanges } from './changes';
import { snapshot } from '../../../domain/testing/records';

describe('countChanges', () => {
  it('lists only the counts that moved, biggest move first, with missing keys as zero', () => {
    const before = snapshot('2026-10-01T00:00:00Z', { openByPlatform: { n8n: 6, zapier: 1 }, openByBusinessUnit: { Sales: 6 } });
    const after = snapshot('2026-11-01T00:00:00Z', {
      openBySeverity: { critical: 4, high: 2, medium: 3, low: 0 },
      openByPlatform: { n8n: 6, make: 3 },
      openByBusinessUnit: { Sales: 6, Legal: 0 },
    });
    expect(countChanges(before, after)).toEqual([
      { dimension: 'Platform', key: 'make', before: 0, after: 3, delta: 3 },
      { dimension: 'Severity', key: 'critical', before: 1, after: 4, delta: 3 },
      { dimension: 'Platform', key: 'zapier', before: 1, after: 0, delta: -1 },
    ]);
  });
  it('finds nothing between identical snapshots', () => {
    expect(countChanges(snapshot('2026-10-01T00:00:00Z'), snapshot('2026-11-01T00:00:00Z'))).toEqual([]);
  });
});
