import { describe, expect, it } from 'vitest';
import type { FindingMetricsQuery } from '../../contract/findingMetrics';
import type { User } from '../../contract/me';
import { finding } from '../../domain/testing/records';
import { memoryWrites, readOperations } from '../operations';
import { emptyState, type ServiceState } from '../state';

const analyst: User = { id: 'u-an', username: 'an', displayName: 'An Analyst', role: 'analyst' };
const DAY = 86_400_000;

/** A state whose clock the test moves. */
function stateAt(start: string, ...rows: ReturnType<typeof finding>[]) {
  const clock = { now: new Date(start) };
  const state: ServiceState = emptyState(() => clock.now);
  state.findings = new Map(rows.map((f) => [f.id, f]));
  return { state, clock };
}
const metrics = (state: ServiceState, query: FindingMetricsQuery = {}) => readOperations.getFindingMetrics({ params: {}, query, body: undefined }, state, analyst);

describe('finding metrics, asked again', () => {
  it('follow the clock: SLA compliance drops the moment an open finding falls overdue', () => {
    const { state, clock } = stateAt('2026-06-01T00:00:00.000Z',
      finding('a', { dueAt: '2026-06-03T00:00:00.000Z' }),
      finding('b', { dueAt: '2026-06-10T00:00:00.000Z' }));
    expect(metrics(state).sla).toEqual({ kind: 'value', value: 100, sample: 2 });
    clock.now = new Date(Date.parse('2026-06-03T00:00:00.000Z'));
    expect(metrics(state).sla).toEqual({ kind: 'value', value: 100, sample: 2 });
    clock.now = new Date(Date.parse('2026-06-03T00:00:00.000Z') + 1);
    expect(metrics(state).sla).toEqual({ kind: 'value', value: 50, sample: 2 });
    clock.now = new Date(Date.parse('2026-06-10T00:00:00.000Z') + DAY);
    expect(metrics(state).sla).toEqual({ kind: 'value', value: 0, sample: 2 });
  });

  it('follow a triage edit and an import of a new set of findings', () => {
    const { state } = stateAt('2026-06-01T00:00:00.000Z', finding('a', { dueAt: '2026-05-01T00:00:00.000Z' }), finding('b'));
    expect(metrics(state)).toMatchObject({ findings: 2, sla: { kind: 'value', value: 50, sample: 2 } });
    memoryWrites.updateFinding({ params: { id: 'a' }, query: {}, body: { version: 1, state: 'false_positive', reason: 'test fixture' } as never }, state, analyst);
    expect(metrics(state)).toMatchObject({ findings: 2, sla: { kind: 'value', value: 100, sample: 1 } });
    state.findings = new Map([['c', finding('c', { platform: 'zapier' })]]);
    expect(metrics(state)).toMatchObject({ findings: 1 });
  });

  it('answer each filter for itself', () => {
    const { state } = stateAt('2026-06-01T00:00:00.000Z', finding('a', { platform: 'n8n' }), finding('b', { platform: 'zapier' }), finding('c', { platform: 'zapier' }));
    expect(metrics(state, { platform: ['zapier'] }).findings).toBe(2);
    expect(metrics(state, { platform: ['n8n'] }).findings).toBe(1);
    expect(metrics(state).findings).toBe(3);
    expect(metrics(state, { platform: ['zapier'] }).findings).toBe(2);
  });
});
