import { describe, expect, it } from 'vitest';
import { RiskScore } from '../contract/rules';
import { Snapshot } from '../contract/snapshots';
import { analyze } from './analyze';
import { generateInventory } from './generator/generateInventory';
import { generateHistory } from './history';
import { computeSnapshot, postureScore } from './snapshot';
import { connection, inventory, person, persons, share, target } from './testing/builders';
import { DEFAULT_POLICY } from './policy';

describe('analyze', () => {
  const inv = inventory({
    principals: [person('dana'), ...persons(30)],
    targets: [target('low', { sensitivity: 'low' })],
    connections: [
      connection('c-wide', { authenticatesAs: 'dana', ownerId: 'dana' }),
      connection('c-narrow', { authenticatesAs: 'dana', ownerId: 'dana', targetId: 'low' }),
      connection('c-clean'),
    ],
    shares: [...persons(30).map((p) => share('connection', 'c-wide', p.id)), ...persons(5).map((p) => share('connection', 'c-narrow', p.id))],
  });
  const a = analyze(inv);

  it('scores exposure and sensitivity, explained', () => {
    const wide = a.connectionScores.get('c-wide') as RiskScore;
    const narrow = a.connectionScores.get('c-narrow') as RiskScore;
    expect(RiskScore.parse(wide)).toEqual(wide);
    expect(wide.value).toBeGreaterThan(narrow.value);
    expect(wide).toMatchObject({ severity: 'critical', exposure: 30, sensitivity: 'high' });
    expect(wide.explanation.join(' ')).toMatch(/critical.*30 principal/);
    expect(a.connectionScores.get('c-clean')).toMatchObject({ value: 0, severity: null });
  });

  it('scores principals by the connections signing in as them and who can act as them', () => {
    expect(a.principalScores.get('dana')).toMatchObject({ severity: 'critical', exposure: 30 });
    expect(a.principalScores.get('p1')?.value).toBe(0);
  });

  it('reports connection facts and sets graph risk', () => {
    expect(a.connectionFacts.get('c-wide')).toEqual({ explicitShares: 30, implicitShares: 0, actors: 30, openFindings: 1, riskScore: a.connectionScores.get('c-wide')?.value });
    expect(a.graph.node('c-wide').risk).toBe(a.connectionScores.get('c-wide')?.value);
  });

  it('honours the policy', () => {
    const strict = analyze(inv, { policy: { ...DEFAULT_POLICY, personalShareMinActors: 40 } });
    expect(strict.detections.filter((d) => d.ruleId === 'personal-credential-shared')).toEqual([]);
  });
});

describe('snapshots', () => {
  const demo = generateInventory();
  const analysis = analyze(demo);
  it('computes a snapshot from real detections', () => {
    const snap = computeSnapshot(demo, analysis, { id: 's1', takenAt: demo.generatedAt, importId: 'imp-1' });
    expect(Snapshot.parse(snap)).toEqual(snap);
    const total = snap.openBySeverity.critical + snap.openBySeverity.high + snap.openBySeverity.medium + snap.openBySeverity.low;
    expect(total).toBe(analysis.detections.length);
    expect(snap.connections).toBe(demo.connections.length);
    expect(snap.peopleActingAsOthers).toBeGreaterThan(250);
    expect(snap.postureScore).toBe(postureScore(analysis.detections, demo.connections.length));
    const again = computeSnapshot(demo, analysis, { id: 's2', takenAt: demo.generatedAt, importId: null, previousKeys: analysis.detections.slice(1).map((d) => d.key).concat('gone') });
    expect([again.newSincePrevious, again.resolvedSincePrevious]).toEqual([1, 1]);
  });
  it('posture score falls as findings grow', () => {
    expect(postureScore([], 10)).toBe(100);
    const one = analysis.detections.slice(0, 1);
    expect(postureScore(one, 10)).toBeGreaterThan(postureScore(analysis.detections, 10));
  });
  it('generates a deterministic improving-then-regressing history ending with the current snapshot', () => {
    const history = generateHistory(demo, { months: 6, analysis });
    expect(history).toHaveLength(7);
    for (const s of history) expect(Snapshot.parse(s)).toEqual(s);
    expect(history.map((s) => s.takenAt)).toEqual([...history.map((s) => s.takenAt)].sort());
    const open = history.map((s) => s.openBySeverity.critical + s.openBySeverity.high + s.openBySeverity.medium + s.openBySeverity.low);
    const best = open.indexOf(Math.min(...open));
    expect(best).toBeGreaterThan(0);
    expect(best).toBeLessThan(open.length - 1);
    expect(open[open.length - 1]).toBe(analysis.detections.length);
    expect(generateHistory(demo, { months: 6 })).toEqual(history);
  });
});
