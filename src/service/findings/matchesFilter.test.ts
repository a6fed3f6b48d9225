import { describe, expect, it } from 'vitest';
import { FindingsFilter } from '../../contract/findings';
import { finding } from '../../domain/testing/records';
import { matchesFilter } from './matchesFilter';

const now = new Date('2026-06-01T12:00:00.000Z');
const DAY = 86_400_000;
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
/** Filters as they arrive over HTTP: URL strings, parsed by the contract. */
const match = (query: Record<string, string>, ...rows: ReturnType<typeof finding>[]) =>
  rows.filter((f) => matchesFilter(FindingsFilter.parse(query), f, { now })).map((f) => f.id);

describe('the findings filter', () => {
  it('sorts active findings into SLA statuses at the exact boundaries', () => {
    const rows = [
      finding('late-by-1ms', { dueAt: at(-1) }),
      finding('due-now', { dueAt: at(0) }),
      finding('due-in-7-days', { dueAt: at(7 * DAY) }),
      finding('due-in-7-days-1ms', { dueAt: at(7 * DAY + 1) }),
      finding('undated', { dueAt: null }),
      finding('closed-late', { dueAt: at(-DAY), state: 'resolved' }),
      finding('closed-undated', { dueAt: null, state: 'risk_accepted' }),
    ];
    expect(match({ sla: 'overdue', state: 'open,resolved,risk_accepted' }, ...rows)).toEqual(['late-by-1ms']);
    expect(match({ sla: 'due_soon' }, ...rows)).toEqual(['due-now', 'due-in-7-days']);
    expect(match({ sla: 'within_sla' }, ...rows)).toEqual(['due-in-7-days-1ms']);
    expect(match({ sla: 'no_due_date' }, ...rows)).toEqual(['undated']);
    // A closed finding's clock stopped: no SLA status selects it, even with every state shown.
    expect(match({ sla: 'overdue,due_soon,within_sla,no_due_date' }, ...rows)).not.toContain('closed-late');
    expect(match({}, ...rows)).toHaveLength(rows.length);
  });

  it('filters by owner id or part of the owner name, case-insensitively', () => {
    const rows = [
      finding('ann', { ownerId: 'p-ann', ownerName: 'Ann Maker' }),
      finding('bob', { ownerId: 'p-bob', ownerName: 'Bob Annex' }),
      finding('nobody', { ownerId: null, ownerName: null }),
    ];
    expect(match({ owner: 'p-ann' }, ...rows)).toEqual(['ann']);
    expect(match({ owner: 'ANN' }, ...rows)).toEqual(['ann', 'bob']);
    expect(match({ owner: 'p-an' }, ...rows)).toEqual([]);
  });

  it('filters by assignee, and by whether anyone is assigned', () => {
    const rows = [finding('mine', { assigneeId: 'ana' }), finding('theirs', { assigneeId: 'bo' }), finding('free', { assigneeId: null })];
    expect(match({ assigneeId: 'ana' }, ...rows)).toEqual(['mine']);
    expect(match({ assignment: 'unassigned' }, ...rows)).toEqual(['free']);
    expect(match({ assignment: 'assigned' }, ...rows)).toEqual(['mine', 'theirs']);
    expect(match({ assignment: 'unassigned', assigneeId: 'ana' }, ...rows)).toEqual([]);
  });

  it('filters by age in whole days, both bounds inclusive', () => {
    const rows = [
      finding('today', { firstSeenAt: at(-1) }),
      finding('day-6', { firstSeenAt: at(-7 * DAY + 1) }),
      finding('day-7', { firstSeenAt: at(-7 * DAY) }),
      finding('day-90', { firstSeenAt: at(-90 * DAY) }),
    ];
    expect(match({ maxAgeDays: '6' }, ...rows)).toEqual(['today', 'day-6']);
    expect(match({ minAgeDays: '7', maxAgeDays: '29' }, ...rows)).toEqual(['day-7']);
    expect(match({ minAgeDays: '90' }, ...rows)).toEqual(['day-90']);
  });

  it('combines every filter with the existing ones', () => {
    const rows = [
      finding('a', { severity: 'critical', platform: 'n8n', environment: 'prod', ruleId: 'r1', dueAt: at(-DAY), assigneeId: null }),
      finding('b', { severity: 'critical', platform: 'zapier', environment: 'prod', ruleId: 'r1', dueAt: at(-DAY), assigneeId: null }),
      finding('c', { severity: 'low', platform: 'n8n', environment: 'prod', ruleId: 'r1', dueAt: at(-DAY), assigneeId: null }),
    ];
    expect(match({ severity: 'critical', platform: 'n8n', environment: 'prod', ruleId: 'r1', owasp: 'CD-SEC-05', sla: 'overdue', assignment: 'unassigned', state: 'open' }, ...rows)).toEqual(['a']);
  });

  it('refuses filters it cannot read, naming the field', () => {
    const bad = FindingsFilter.safeParse({ sla: 'late', minAgeDays: '-1', assignment: 'maybe' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(['assignment', 'minAgeDays', 'sla']);
  });
});
