import { describe, expect, it } from 'vitest';
import { ConnectionsQuery } from '../../contract/entities';
import { generateInventory } from '../../domain';
import { createState } from '../state';
import { connectionIndex } from './connectionIndex';
import { filterWithFacets } from './connectionFacets';

const state = createState(generateInventory('demo'), () => new Date('2026-11-15T09:00:00Z'));
const index = connectionIndex(state);
const rows = index.rows;
const natural = rows.map((_, i) => i);
const q = (raw: Record<string, string>) => ConnectionsQuery.parse(raw);

describe('filterWithFacets', () => {
  it('counts each facet value over the rows the other filters leave', () => {
    const { positions, facets } = filterWithFacets(index, natural, q({ environment: 'prod', certificateValidation: 'false' }));
    const prod = [...positions].map((i) => rows[i]!);
    expect(prod.length).toBeGreaterThan(0);
    expect(prod.every((c) => c.environment === 'prod' && !c.transport.certificateValidation)).toBe(true);
    // Its own facet ignores its own filter: the environment counts cover every environment, cert check off.
    const certOff = rows.filter((c) => !c.transport.certificateValidation);
    for (const env of ['prod', 'test', 'dev']) {
      expect(facets.environment?.[env] ?? 0).toBe(certOff.filter((c) => c.environment === env).length);
    }
    // Other facets count only the matching rows.
    const platforms = Object.values(facets.platform ?? {}).reduce((a, b) => a + b, 0);
    expect(platforms).toBe(prod.length);
  });

  it('with no filter, every facet sums to all rows', () => {
    const { positions, facets } = filterWithFacets(index, natural, q({}));
    expect(positions).toHaveLength(rows.length);
    for (const counts of Object.values(facets)) {
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(rows.length);
    }
  });

  it('keeps the visiting order, so a presorted order needs no sort per request', () => {
    const reversed = [...natural].reverse();
    const { positions } = filterWithFacets(index, reversed, q({ platform: 'n8n' }));
    expect([...positions]).toEqual(reversed.filter((i) => rows[i]!.platform === 'n8n'));
  });

  it('searches each field on its own, case-insensitively, never across two fields', () => {
    const target = rows[0]!;
    const { positions } = filterWithFacets(index, natural, q({ q: target.targetName.toUpperCase() }));
    expect([...positions]).toContain(0);
    const joined = `${target.name.slice(-2)}${target.connector.slice(0, 2)}`;
    const { positions: across } = filterWithFacets(index, natural, q({ q: joined }));
    for (const i of across) {
      const r = rows[i]!;
      expect([r.name, r.connector, r.targetName, r.authenticatesAsName, r.ownerName].some((f) => f.toLowerCase().includes(joined.toLowerCase()))).toBe(true);
    }
  });
});
