import { describe, expect, it } from 'vitest';
import { CodedValues } from './codedValues';

describe('CodedValues', () => {
  it('answers the value set per node and undefined elsewhere', () => {
    const v = new CodedValues<string>(5);
    v.set(0, 'prod');
    v.set(2, 'test');
    v.set(3, 'prod');
    v.set(4, undefined);
    expect([0, 1, 2, 3, 4, 5, -1].map((i) => v.at(i))).toEqual(['prod', undefined, 'test', 'prod', undefined, undefined, undefined]);
  });

  it('keeps every value when there are more distinct values than a byte or two can code', () => {
    const n = 70_000;
    const v = new CodedValues<string>(n);
    for (let i = 0; i < n; i++) v.set(i, `dept-${i}`);
    for (const i of [0, 255, 256, 65_535, 65_536, n - 1]) expect(v.at(i)).toBe(`dept-${i}`);
  });
});
