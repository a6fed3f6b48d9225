import { describe, expect, it } from 'vitest';
import { generateInventory } from '../../domain';
import { createState } from '../state';
import { readOperations } from '.';

const viewer = { id: 'u-1', username: 'vic', displayName: 'Vic', role: 'viewer' as const };
const state = createState(generateInventory('demo'), () => new Date('2026-11-15T09:00:00Z'));
const detail = (id: string) => readOperations.getConnection({ params: { id }, query: {}, body: undefined } as never, state, viewer);

describe('getConnection', () => {
  it('lists the first 100 actors with paths and gives the true total, which the graph answers in full', () => {
    const { blastRadius } = detail('c-dana-finance-sql');
    expect(blastRadius.totalActors).toBeGreaterThan(100);
    expect(blastRadius.actors).toHaveLength(100);
    const full = readOperations.blastRadius({ params: { id: 'c-dana-finance-sql' }, query: {}, body: undefined } as never, state, viewer);
    expect(full.actors.length).toBe(blastRadius.totalActors);
    expect(full.actors.slice(0, 100).map((a) => a.principalId)).toEqual(blastRadius.actors.map((a) => a.principalId));
  });

  it('gives the apps, activity and findings of that connection only', () => {
    const { apps, activity, findings, connection } = detail('c-dana-finance-sql');
    expect(apps.length).toBeGreaterThan(0);
    expect(apps.every((a) => a.connectionIds.includes(connection.id))).toBe(true);
    expect(activity.every((a) => a.connectionId === connection.id)).toBe(true);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.subjectId === connection.id || f.relatedIds.includes(connection.id))).toBe(true);
    const expected = [...state.findings.values()].filter((f) => f.subjectId === connection.id || f.relatedIds.includes(connection.id));
    expect(findings).toHaveLength(expected.length);
  });
});
