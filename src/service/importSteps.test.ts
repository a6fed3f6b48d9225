import { describe, expect, it } from 'vitest';
import { generateInventory } from '../domain';
import { createState } from './state';
import { importSteps, planImport } from './writes';

const now = () => new Date('2026-11-15T09:00:00Z');
const body = (content: string) => ({ format: 'native' as const, fileName: 'inv.json', content });

describe('importSteps', () => {
  it('pauses after validating and after analysing, changes nothing meanwhile, and plans what planImport plans', () => {
    const state = createState(generateInventory('demo'), now);
    const before = { inventory: state.inventory, findings: state.findings, revision: state.findingsRevision };
    const next = JSON.stringify(generateInventory('demo', 7));
    const steps = importSteps(state, body(next), 'admin');
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      pauses++;
      // What a read served during a pause would see: the inventory and findings as they were.
      expect({ inventory: state.inventory, findings: state.findings, revision: state.findingsRevision }).toEqual(before);
    }
    expect(pauses).toBe(2);
    const stepped = step.value;
    const whole = planImport(state, body(next), 'admin');
    expect(stepped.ok && whole.ok).toBe(true);
    expect(stepped.record).toEqual(whole.record);
    expect(stepped.ok && stepped.findings.map((f) => f.id)).toEqual(whole.ok && whole.findings.map((f) => f.id));
  });

  it('does not pause for a file it refuses', () => {
    const state = createState(generateInventory('demo'), now);
    const steps = importSteps(state, body('{"schemaVersion":1}'), 'admin');
    const step = steps.next();
    expect(step.done).toBe(true);
    expect(step.done && step.value.ok).toBe(false);
  });
});
