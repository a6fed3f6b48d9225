import { describe, expect, it } from 'vitest';
import { ConnectionsQuery } from '../../contract/entities';
import { generateInventory } from '../../domain';
import { createState } from '../state';
import { connectionRows } from '../operations/rows';
import { filterWithFacets } from './connectionFacets';

const state = createState(generateInventory('demo'), () => new Date('2026-11-15T09:00:00Z'));
const rows = connectionRows(state);
const q = (raw: Record<string, string>) => ConnectionsQuery.parse(raw);

describe('filterWithFacets', () => {
  it('counts each facet value over the rows the other filters leave', () => {
    const { rows: prod, facets } = filterWithFacets(rows, q({ environment: 'prod', certificateValidation: 'false' }));
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
    const { rows: all, facets } = filterWithFacets(rows, q({}));
    expect(all).toHaveLength(rows.length);
    for (const counts of Object.values(facets)) {
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(rows.length);
    }
  });
});
