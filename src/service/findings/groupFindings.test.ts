import { describe, expect, it } from 'vitest';
import { generateInventory } from '../../domain';
import { createState } from '../state';
import { findingOperations } from '../operations/findings';
import { FindingsQuery } from '../../contract/findings';

const state = createState(generateInventory('demo'), () => new Date('2026-06-01T00:00:00Z'));
const list = (query: Record<string, string>) => findingOperations.listFindings({ query: FindingsQuery.parse(query), params: {}, body: undefined }, state);

describe('grouped findings', () => {
  it('counts every matching finding per rule, largest group first, rows in group order', () => {
    const flat = list({ limit: '500' });
    const grouped = list({ groupBy: 'rule', limit: '20' });
    expect(grouped.total).toBe(flat.total);
    const perRule = new Map<string, number>();
    for (const f of state.findings.values()) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
    expect(new Map(grouped.groups!.map((g) => [g.key, g.count]))).toEqual(perRule);
    const counts = grouped.groups!.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(grouped.items).toHaveLength(20);
    // Items run group by group: the keys never come back to a group once left.
    const keys = grouped.itemGroups!;
    expect(keys.every((k, i) => i === 0 || k === keys[i - 1] || !keys.slice(0, i).includes(k))).toBe(true);
    expect(grouped.items.every((f, i) => f.ruleId === keys[i])).toBe(true);
  });

  it('groups by the identity whose credentials a connection holds', () => {
    const grouped = list({ groupBy: 'identity', limit: '500' });
    grouped.items.forEach((f, i) => {
      const expected = f.subjectType === 'connection' ? state.connections.get(f.subjectId)!.authenticatesAs : f.subjectType === 'principal' ? f.subjectId : f.ownerId;
      expect(grouped.itemGroups![i]).toBe(expected);
    });
    expect(grouped.groups!.reduce((n, g) => n + g.count, 0)).toBe(grouped.total);
    const first = grouped.groups![0]!;
    expect(first.label).toBe(state.principals.get(first.key)?.name);
  });

  it('lists a finding under every app that uses its connection, and the rest under no app', () => {
    const grouped = list({ groupBy: 'app', limit: '500' });
    const sum = grouped.groups!.reduce((n, g) => n + g.count, 0);
    expect(sum).toBeGreaterThanOrEqual(grouped.total);
    const connection = [...state.apps.values()].find((a) => a.connectionIds.length > 0)!.connectionIds[0]!;
    const users = [...state.apps.values()].filter((a) => a.connectionIds.includes(connection)).map((a) => a.id);
    const aboutIt = list({ groupBy: 'app', subjectId: connection, state: 'open,in_progress,resolved,risk_accepted,false_positive', limit: '500' });
    for (const app of users) expect(aboutIt.groups!.map((g) => g.key)).toContain(app);
  });

  it('applies the filter before grouping, so counts are of the filtered set', () => {
    const grouped = list({ groupBy: 'rule', severity: 'critical', limit: '500' });
    expect(grouped.groups!.reduce((n, g) => n + g.count, 0)).toBe(list({ severity: 'critical', limit: '1' }).total);
    expect(grouped.items.every((f) => f.severity === 'critical')).toBe(true);
  });
});
