import { describe, expect, it } from 'vitest';
import { generateInventory } from '../../domain';
import { createState } from '../state';
import { applyBulkUpdate, planBulkUpdate } from './bulkUpdate';

const fresh = () => createState(generateInventory('demo'), () => new Date('2025-06-01T00:00:00Z'));

describe('bulk triage plan', () => {
  it('plans against each current version and changes nothing until applied', () => {
    const state = fresh();
    const before = new Map(state.findings);
    const plan = planBulkUpdate(state, { filter: { severity: ['critical'] }, patch: { assigneeId: 'ana' } }, 'lead');
    const critical = [...before.values()].filter((f) => f.severity === 'critical');
    expect(plan.result).toMatchObject({ matched: critical.length, updated: critical.length, events: critical.length, skipped: [] });
    expect(state.findings).toEqual(before);
    for (const { finding, previousVersion } of plan.changes) {
      expect(previousVersion).toBe(before.get(finding.id)!.version);
      expect(finding).toMatchObject({ assigneeId: 'ana', version: previousVersion + 1 });
    }
    expect(new Set(plan.events.map((e) => e.id)).size).toBe(plan.events.length);
    applyBulkUpdate(state, plan);
    expect(critical.every((f) => state.findings.get(f.id)?.assigneeId === 'ana')).toBe(true);
  });

  it('skips unknown ids and findings already as requested, with the reason', () => {
    const state = fresh();
    const [a, b] = [...state.findings.values()];
    applyBulkUpdate(state, planBulkUpdate(state, { ids: [a!.id], patch: { state: 'in_progress' } }, 'x'));
    const plan = planBulkUpdate(state, { ids: [a!.id, b!.id, 'nope'], patch: { state: 'in_progress' } }, 'x');
    expect(plan.result.updated).toBe(b!.state === 'in_progress' ? 0 : 1);
    expect(plan.result.skipped).toEqual(expect.arrayContaining([{ id: 'nope', reason: 'not found' }, { id: a!.id, reason: 'already as requested' }]));
    expect(plan.events.every((e) => e.findingId === b!.id && e.actor === 'x')).toBe(true);
  });
});
