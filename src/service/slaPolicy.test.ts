import { describe, expect, it } from 'vitest';
import { generateInventory } from '../domain';
import { createState } from './state';
import { memoryWrites, readOperations } from './operations';
import type { User } from '../contract/me';
import { ProblemError } from './problems';
import { planFindingUpdate, applyFindingUpdate } from './writes';
import { DEFAULT_SLA_POLICY } from './slaPolicy';

const lead: User = { id: 'u-lead', username: 'lead', displayName: 'Lea Lead', role: 'coe_lead' };
const DAY = 86_400_000;
const clock = () => new Date('2026-03-01T00:00:00Z');
const noInput = { params: {}, query: {}, body: undefined };

const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ProblemError) return err.problem;
    throw err;
  }
  throw new Error('expected a problem');
};

const put = (state: ReturnType<typeof createState>, body: { version: number; critical: number; high: number; medium: number; low: number }) =>
  memoryWrites.updateSlaPolicy({ params: {}, query: {}, body }, state, lead);

describe('the SLA policy', () => {
  it('starts at the defaults, version 1, changed by nobody', () => {
    const state = createState(generateInventory('demo'), clock);
    expect(readOperations.getSlaPolicy(noInput, state, lead)).toEqual(DEFAULT_SLA_POLICY);
  });

  it('moves policy-set due dates of active findings, keeps hand-set ones, and records one audit entry', () => {
    const state = createState(generateInventory('demo'), clock);
    const criticals = [...state.findings.values()].filter((f) => f.severity === 'critical' && f.state === 'open');
    expect(criticals.length).toBeGreaterThan(2);
    const [handSet, ...rest] = criticals;
    applyFindingUpdate(state, planFindingUpdate(state, handSet!.id, { version: handSet!.version, dueAt: '2027-01-01T00:00:00.000Z' }, 'ana'));
    const eventsBefore = state.events.length;
    const highBefore = [...state.findings.values()].filter((f) => f.severity === 'high').map((f) => f.dueAt);

    const policy = put(state, { version: 1, critical: 2, high: 30, medium: 90, low: 180 });

    expect(policy).toMatchObject({ critical: 2, version: 2, updatedBy: 'lead', updatedAt: clock().toISOString() });
    for (const f of rest) {
      expect(state.findings.get(f.id)).toMatchObject({ dueAt: new Date(Date.parse(f.firstSeenAt) + 2 * DAY).toISOString(), version: f.version + 1 });
    }
    expect(state.findings.get(handSet!.id)?.dueAt).toBe('2027-01-01T00:00:00.000Z');
    expect([...state.findings.values()].filter((f) => f.severity === 'high').map((f) => f.dueAt)).toEqual(highBefore);
    expect(state.slaPolicyChanges).toEqual([{
      version: 2, at: clock().toISOString(), by: 'lead',
      before: { critical: 7, high: 30, medium: 90, low: 180 }, after: { critical: 2, high: 30, medium: 90, low: 180 },
    }]);
    expect(state.events.length).toBe(eventsBefore);
  });

  it('refuses a stale version with the same conflict as a triage edit, and changes nothing', () => {
    const state = createState(generateInventory('demo'), clock);
    put(state, { version: 1, critical: 3, high: 30, medium: 90, low: 180 });
    const dates = [...state.findings.values()].map((f) => f.dueAt);
    const problem = problemOf(() => put(state, { version: 1, critical: 1, high: 30, medium: 90, low: 180 }));
    expect(problem).toMatchObject({ status: 409, title: 'Edit conflict', current: { critical: 3, version: 2 } });
    expect(state.slaPolicy.critical).toBe(3);
    expect([...state.findings.values()].map((f) => f.dueAt)).toEqual(dates);
  });

  it('answers 422 naming each bad field and changes nothing', () => {
    const state = createState(generateInventory('demo'), clock);
    const dates = [...state.findings.values()].map((f) => f.dueAt);
    const problem = problemOf(() => put(state, { version: 1, critical: 0, high: 30, medium: 20, low: 1.5 }));
    expect(problem.status).toBe(422);
    expect(problem.errors?.map((e) => e.field)).toEqual(['body.critical', 'body.low']);
    expect(problemOf(() => put(state, { version: 1, critical: 7, high: 30, medium: 20, low: 180 })).errors).toEqual([
      { field: 'body.medium', message: 'At least as long as high (30 days)' },
    ]);
    expect(state.slaPolicy).toEqual(DEFAULT_SLA_POLICY);
    expect([...state.findings.values()].map((f) => f.dueAt)).toEqual(dates);
  });

  it('is a no-op, without a new version, when the days are unchanged', () => {
    const state = createState(generateInventory('demo'), clock);
    expect(put(state, { version: 1, critical: 7, high: 30, medium: 90, low: 180 })).toEqual(DEFAULT_SLA_POLICY);
    expect(state.slaPolicyChanges).toEqual([]);
  });

  it('gives findings of later imports the stored policy', () => {
    const state = createState({ ...generateInventory('demo'), connections: [] }, clock);
    put(state, { version: 1, critical: 1, high: 2, medium: 3, low: 4 });
    const full = generateInventory('demo');
    memoryWrites.createImport({ params: {}, query: {}, body: { format: 'native', fileName: 'full.json', content: JSON.stringify(full) } }, state, lead);
    const fresh = [...state.findings.values()].filter((f) => f.subjectType === 'connection');
    expect(fresh.length).toBeGreaterThan(0);
    const days = { critical: 1, high: 2, medium: 3, low: 4 };
    for (const f of fresh) expect(Date.parse(f.dueAt!) - Date.parse(f.firstSeenAt)).toBe(days[f.severity] * DAY);
  });
});
