import { describe, expect, it } from 'vitest';
import { formatDate, signed } from './format';

describe('format', () => {
  it('shows changes with a sign and without float noise', () => {
    expect(signed(35.7 - 36.4)).toBe('-0.7');
    expect(signed(2)).toBe('+2');
    expect(signed(0)).toBe('0');
  });
  it('shows a dash for missing or invalid dates', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('—');
    expect(formatDate('2026-11-01T00:00:00Z')).toBe('01 Nov 2026');
  });
});
