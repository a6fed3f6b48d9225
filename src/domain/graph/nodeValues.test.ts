import { describe, expect, it } from 'vitest';
import { NodeValues } from './nodeValues';

describe('NodeValues', () => {
  const ids = ['p1', 'c1', 'p2', 'c2'];
  const index = new Map(ids.map((id, i) => [id, i]));
  // Only connection nodes carry a value, as connection scores do.
  const values = new NodeValues(index, ids, (i) => (ids[i]!.startsWith('c') ? i * 10 : undefined));

  it('reads a value by id, and nothing for unknown ids or nodes without one', () => {
    expect(values.get('c2')).toBe(30);
    expect(values.get('p1')).toBeUndefined();
    expect(values.get('nope')).toBeUndefined();
    expect(values.has('c1')).toBe(true);
    expect(values.has('p2')).toBe(false);
  });

  it('counts and iterates only the ids that have a value, in node order', () => {
    expect(values.size).toBe(2);
    expect([...values]).toEqual([['c1', 10], ['c2', 30]]);
  });
});
