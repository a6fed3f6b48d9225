import { describe, expect, it } from 'vitest';
import { progressPrinter, type CliProgress } from './importProgress';

function run(isTTY: boolean, steps: CliProgress[], clock: number[] = steps.map(() => 0)) {
  const written: string[] = [];
  let i = 0;
  const printer = progressPrinter({ isTTY, write: (t: string) => written.push(t) }, () => clock[i] ?? 0);
  for (; i < steps.length; i++) printer.update(steps[i]!);
  printer.done();
  return written;
}

const CLEAR = '\r\x1b[2K';
const validating = (done: number, total = 10_000): CliProgress => ({ phase: 'validating', done, total });
const LONG: CliProgress[] = [
  { phase: 'reading', bytes: 3 * 2 ** 20 }, { phase: 'parsing' },
  ...Array.from({ length: 11 }, (_, k) => validating(k * 1000)), { phase: 'analysing' }, { phase: 'committing' },
];

describe('the import command progress', () => {
  it('writes plain lines off a terminal: each phase once, validation by tenths', () => {
    const lines = run(false, [...LONG.slice(0, 3), validating(500), ...LONG.slice(3)]);
    expect(lines.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true);
    expect(lines[0]).toBe('reading the file (3.0 MiB)\n');
    expect(lines.filter((l) => l.startsWith('validating'))).toHaveLength(11);
    expect(lines.at(-3)).toBe('validating records 10,000 / 10,000 (100%)\n');
    expect(lines.slice(-2)).toEqual(['analysing: findings, blast radius, snapshot\n', 'committing to the database\n']);
  });

  it('redraws one line on a terminal, throttled, and clears it at the end', () => {
    // All validation updates arrive within the same 100 ms: only the first and the finished count are drawn.
    const lines = run(true, LONG);
    expect(lines.every((l) => l.startsWith(CLEAR) && !l.includes('\n'))).toBe(true);
    expect(lines.map((l) => l.slice(CLEAR.length))).toEqual([
      'reading the file (3.0 MiB)', 'parsing', 'validating records 0 / 10,000 (0%)', 'validating records 10,000 / 10,000 (100%)',
      'analysing: findings, blast radius, snapshot', 'committing to the database', '',
    ]);
  });

  it('redraws again once the throttle has passed', () => {
    const lines = run(true, [validating(0), validating(1000), validating(2000)], [0, 50, 150]);
    expect(lines.map((l) => l.slice(CLEAR.length))).toEqual(['validating records 0 / 10,000 (0%)', 'validating records 2,000 / 10,000 (20%)', '']);
  });
});
