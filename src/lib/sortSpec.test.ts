import { describe, expect, it } from 'vitest';
import { sortPosition, toggleSort } from './sortSpec';

describe('toggleSort', () => {
  it('a plain click makes the column the only key, descending first, flipping on a second click', () => {
    expect(toggleSort('-riskScore,name', 'actors', false)).toBe('-actors');
    expect(toggleSort('-actors', 'actors', false)).toBe('actors');
    expect(toggleSort('actors,-name', 'actors', false)).toBe('-actors');
  });

  it('a Shift click adds the column as the next key, or flips it where it is', () => {
    expect(toggleSort('-riskScore', 'name', true)).toBe('-riskScore,-name');
    expect(toggleSort('-riskScore,-name', 'name', true)).toBe('-riskScore,name');
    expect(toggleSort('-riskScore,-name', 'riskScore', true)).toBe('riskScore,-name');
  });

  it('keeps the first key and the newest ones when a fourth is added', () => {
    expect(toggleSort('-riskScore,name,platform', 'actors', true)).toBe('-riskScore,platform,-actors');
  });
});

describe('sortPosition', () => {
  it('says the priority and direction of a sorted column, nothing for the others', () => {
    expect(sortPosition('-riskScore,name', 'name')).toEqual({ priority: 2, desc: false });
    expect(sortPosition('-riskScore,name', 'riskScore')).toEqual({ priority: 1, desc: true });
    expect(sortPosition('-riskScore,name', 'actors')).toBeUndefined();
  });
});
