import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../contract/graph';
import { COLUMN_GAP, MAX_ROWS, hierarchicalLayout } from './hierarchicalLayout';
import { hashId, seedPosition } from './seedPositions';

const node = (id: string, kind: GraphNode['kind'], label = id): GraphNode => ({ id, kind, label, risk: 0 });
const edge = (source: string, target: string, kind: GraphEdge['kind'], implicit = false): GraphEdge => ({ id: `${kind}:${source}->${target}`, source, target, kind, implicit });

describe('seed positions', () => {
  it('are the same for the same id and differ between ids', () => {
    expect(seedPosition('p-dana-whitfield')).toEqual(seedPosition('p-dana-whitfield'));
    expect(seedPosition('p-dana-whitfield')).not.toEqual(seedPosition('c-dana-finance-sql'));
    expect(hashId('a')).not.toBe(hashId('b'));
  });

  it('stay within the disc', () => {
    for (const id of ['a', 'b', 'c-1', 'agg:department:Sales', 'x'.repeat(300)]) {
      const { x, y } = seedPosition(id, 50);
      expect(Math.hypot(x, y)).toBeLessThanOrEqual(50);
    }
  });
});

describe('hierarchical "who can act as" layout', () => {
  const view = {
    nodes: [
      node('t1', 'target'), node('dana', 'person', 'Dana'), node('c1', 'connection'), node('a1', 'app'),
      node('g1', 'group'), node('bob', 'person', 'Bob'), node('amy', 'person', 'Amy'),
    ],
    edges: [
      edge('amy', 'g1', 'member_of'), edge('g1', 'a1', 'shared_with'), edge('a1', 'c1', 'uses'),
      edge('bob', 'c1', 'shared_with', true), edge('c1', 'dana', 'authenticates_as'), edge('c1', 't1', 'reaches'),
    ],
  };

  it('orders columns people → groups → apps → connections → identity → targets', () => {
    const p = hierarchicalLayout(view);
    const x = (id: string) => p.get(id)?.x ?? Number.NaN;
    expect(x('amy')).toBe(x('bob'));
    expect(x('amy')).toBeLessThan(x('g1'));
    expect(x('g1')).toBeLessThan(x('a1'));
    expect(x('a1')).toBeLessThan(x('c1'));
    expect(x('c1')).toBeLessThan(x('dana'));
    expect(x('dana')).toBeLessThan(x('t1'));
    expect(x('g1') - x('amy')).toBe(COLUMN_GAP);
  });

  it('puts a person in the identity column when a connection authenticates as them', () => {
    const p = hierarchicalLayout(view);
    expect(p.get('dana')?.x).toBe(4 * COLUMN_GAP);
  });

  it('sorts a column by label, top to bottom, and is stable', () => {
    const p = hierarchicalLayout(view);
    expect(p.get('amy')?.y).toBeGreaterThan(p.get('bob')?.y ?? Infinity);
    expect(hierarchicalLayout(view)).toEqual(p);
  });

  it('wraps long columns into sub-columns without overlapping anything', () => {
    const many = Array.from({ length: MAX_ROWS * 2 + 1 }, (_, i) => node(`p${String(i).padStart(3, '0')}`, 'person'));
    const p = hierarchicalLayout({ nodes: [...many, node('c1', 'connection')], edges: [] });
    const keys = new Set([...p.values()].map(({ x, y }) => `${x},${y}`));
    expect(keys.size).toBe(many.length + 1);
    expect(new Set(many.map((n) => p.get(n.id)?.x)).size).toBe(3);
    expect(p.get('c1')?.x).toBeGreaterThan(Math.max(...many.map((n) => p.get(n.id)?.x ?? 0)));
  });
});
