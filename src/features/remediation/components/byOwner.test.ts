import { describe, expect, it } from 'vitest';
import { loadByOwner } from './byOwner';
import type { Finding } from '../../../contract/findings';

const base = {
  key: 'k', ruleId: 'r', severity: 'high', owasp: ['CD-SEC-05'], subjectType: 'connection', subjectId: 's', subjectName: 'S',
  relatedIds: [], evidence: [{ field: 'x', value: 1 }], exposure: 1, riskScore: 10, title: 'T', platform: null,
  environment: null, state: 'open', assigneeId: null, justification: null, acceptedUntil: null, reason: null,
  firstSeenAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 1,
} satisfies Omit<Finding, 'id' | 'ownerId' | 'ownerName' | 'dueAt'>;

describe('loadByOwner', () => {
  it('ranks makers by the open risk they own and counts overdue work', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const rows = loadByOwner([
      { ...base, id: 'a', ownerId: 'p1', ownerName: 'Ann', dueAt: '2026-05-01T00:00:00Z', riskScore: 30 },
      { ...base, id: 'b', ownerId: 'p2', ownerName: 'Bob', dueAt: '2026-07-01T00:00:00Z', riskScore: 50, severity: 'critical' },
      { ...base, id: 'c', ownerId: 'p1', ownerName: 'Ann', dueAt: null, riskScore: 25 },
    ], now);
    expect(rows.map((r) => [r.ownerName, r.open, r.overdue, r.critical])).toEqual([
      ['Ann', 2, 1, 0],
      ['Bob', 1, 0, 1],
    ]);
  });
});
