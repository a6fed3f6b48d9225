import { describe, expect, it } from 'vitest';
import { Inventory } from '../../contract/inventory';
import { analyze } from '../analyze';
import { generateInventory } from './generateInventory';
import { HEALTHY_CONNECTIONS, SCENARIOS } from './scenarios';

describe('generateInventory', () => {
  const demo = generateInventory();
  const analysis = analyze(demo);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateInventory('demo', 42))).toBe(JSON.stringify(demo));
    expect(JSON.stringify(generateInventory('demo', 7))).not.toBe(JSON.stringify(demo));
  });

  it('parses with the Inventory schema and has about 300 connections', () => {
    expect(Inventory.parse(demo)).toEqual(demo);
    expect(demo.connections.length).toBeGreaterThanOrEqual(280);
    expect(demo.connections.length).toBeLessThanOrEqual(320);
    expect(demo.generatedAt).toBe('2026-11-01T00:00:00.000Z');
  });

  it('has unique ids and only references ids it defines', () => {
    const ids = [...demo.principals, ...demo.targets, ...demo.connections, ...demo.apps].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    for (const c of demo.connections) expect([c.targetId, c.authenticatesAs, c.ownerId].every((id) => known.has(id))).toBe(true);
    for (const s of demo.shares) expect(known.has(s.resourceId) && known.has(s.principalId)).toBe(true);
    expect(new Set(demo.shares.map((s) => s.id)).size).toBe(demo.shares.length);
  });

  it.each(Object.entries(SCENARIOS))('plants %s, which triggers its rule', (_, scenario) => {
    const hit = analysis.detections.find((d) => d.ruleId === scenario.rule && d.subjectId === scenario.subject);
    expect(hit).toBeDefined();
  });

  it('plants the embedded-identity incident at its full size', () => {
    const s = SCENARIOS.embeddedIdentity;
    const who = analysis.graph.whoCanActAs(s.maker, { limit: Infinity });
    expect(who.total).toBeGreaterThanOrEqual(240);
    const vias = new Set(who.actors.map((a) => a.via));
    expect(vias).toEqual(new Set(['direct_share', 'implicit_app_share']));
    expect(demo.principals.find((p) => p.id === s.maker)?.name).toBe('Dana Whitfield');
    expect(analysis.detections[0]?.subjectId).toBe(s.subject);
    const reuse = analysis.detections.find((d) => d.ruleId === 'reused-secret' && d.subjectId === SCENARIOS.reusedServiceKey.subject);
    expect(reuse?.relatedIds).toEqual(['c-orders-api-prod']);
  });

  it('keeps the planted healthy connections clean', () => {
    for (const id of HEALTHY_CONNECTIONS) {
      expect(analysis.detections.filter((d) => d.subjectId === id || d.relatedIds.includes(id))).toEqual([]);
    }
  });

  it('scales: m has 10,000 background connections plus the scenarios', () => {
    const m = generateInventory('m');
    expect(m.connections.length).toBeGreaterThanOrEqual(10_000);
    expect(m.connections.length).toBeLessThan(10_100);
    expect(m.connections.find((c) => c.id === SCENARIOS.embeddedIdentity.subject)).toBeDefined();
  });
});
