import { describe, expect, it } from 'vitest';
import { IdIndex } from './idIndex';

describe('IdIndex', () => {
  it('finds every id added, keeps the first node of a repeated id, and misses unknown ids', () => {
    const ids: string[] = [];
    const index = new IdIndex(ids, 5000);
    for (let i = 0; i < 4000; i++) {
      const id = `p-${String(i).padStart(6, '0')}`;
      expect(index.add(id, ids.length)).toBe(ids.length);
      ids.push(id);
    }
    expect(index.add('p-000042', ids.length)).toBe(42);
    for (let i = 0; i < 4000; i += 7) expect(index.get(ids[i] as string)).toBe(i);
    expect(index.get('p-004000')).toBeUndefined();
    expect(index.has('')).toBe(false);
    expect(index.has('p-000001')).toBe(true);
  });

  it('tells apart ids that differ only in case or in non-ASCII characters', () => {
    const ids = ['a', 'A', 'é', 'e\u0301', '\ud83d\ude00', ''];
    const index = new IdIndex(ids, ids.length);
    ids.forEach((id, i) => expect(index.add(id, i)).toBe(i));
    ids.forEach((id, i) => expect(index.get(id)).toBe(i));
  });

  it('misses a missing reference (undefined from unvalidated data) instead of throwing, as a Map would', () => {
    const ids = ['a'];
    const index = new IdIndex(ids, 1);
    index.add('a', 0);
    expect(index.get(undefined as unknown as string)).toBeUndefined();
  });

  it('refuses more ids than its capacity instead of filling up', () => {
    const ids = ['a', 'b', 'c'];
    const index = new IdIndex(ids, 2);
    index.add('a', 0);
    index.add('b', 1);
    expect(index.add('a', 2)).toBe(0);
    expect(() => index.add('c', 2)).toThrow(RangeError);
  });
});
