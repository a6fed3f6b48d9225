import { describe, expect, it } from 'vitest';
import { downsample, MAX_POINTS } from './downsample';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('downsample', () => {
  it('returns short series unchanged (as a copy)', () => {
    const rows = range(7);
    const out = downsample(rows, 10);
    expect(out).toEqual(rows);
    expect(out).not.toBe(rows);
  });

  it('caps long series at the maximum and keeps the first and last rows', () => {
    const out = downsample(range(100_000));
    expect(out).toHaveLength(MAX_POINTS);
    expect(out[0]).toBe(0);
    expect(out.at(-1)).toBe(99_999);
  });

  it('keeps rows in order, without duplicates, picked from the input only', () => {
    const out = downsample(range(2_500), 1_000);
    for (let i = 1; i < out.length; i++) expect(out[i]!).toBeGreaterThan(out[i - 1]!);
    expect(new Set(out).size).toBe(out.length);
  });

  it('keeps whole rows so stacked series stay aligned', () => {
    const rows = range(50).map((i) => ({ t: i, critical: i * 2, high: i * 3 }));
    for (const r of downsample(rows, 5)) expect(r).toEqual({ t: r.t, critical: r.t * 2, high: r.t * 3 });
  });

  it('refuses a maximum that cannot hold both ends', () => {
    expect(() => downsample(range(10), 1)).toThrow(RangeError);
  });
});
