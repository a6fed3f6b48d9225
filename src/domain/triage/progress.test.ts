import { describe, expect, it } from 'vitest';
import { byMaker, byPlatform, progressBy } from './progress';
import { finding } from '../testing/records';

const now = new Date('2026-06-01T00:00:00Z');

describe('progressBy', () => {
  const rows = [
    finding('a', { ownerId: 'p1', ownerName: 'Ann', dueAt: '2026-05-01T00:00:00Z', riskScore: 30 }),
    finding('b', { ownerId: 'p2', ownerName: 'Bob', dueAt: '2026-07-01T00:00:00Z', riskScore: 50, severity: 'critical', platform: 'zapier' }),
    finding('c', { ownerId: 'p1', ownerName: 'Ann', riskScore: 25 }),
    finding('d', { ownerId: 'p1', ownerName: 'Ann', state: 'resolved', riskScore: 90 }),
    finding('e', { ownerId: null, ownerName: null, platform: null, state: 'false_positive' }),
  ];

  it('ranks makers by the open risk they own, with done and overdue work', () => {
    expect(progressBy(rows, byMaker, now).map((r) => [r.name, r.total, r.open, r.closed, r.overdue, r.critical, r.openRisk])).toEqual([
      ['Ann', 3, 2, 1, 1, 0, 55],
      ['Bob', 1, 1, 0, 0, 1, 50],
      ['Unknown owner', 1, 0, 1, 0, 0, 0],
    ]);
  });

  it('groups by platform, naming findings without one', () => {
    expect(progressBy(rows, byPlatform, now).map((r) => [r.key, r.open, r.closed])).toEqual([
      ['n8n', 2, 1],
      ['zapier', 1, 0],
      ['none', 0, 1],
    ]);
  });

  it('returns nothing for no findings', () => {
    expect(progressBy([], byMaker, now)).toEqual([]);
  });
});
