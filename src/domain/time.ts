/** Time helpers. Rules never read the clock: `now` is always passed in, so analysis is reproducible. */

export const DAY_MS = 86_400_000;

export type Instant = Date | string | number;

export function toMs(value: Instant): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value);
  return value.getTime();
}

export function daysBetween(fromMs: number, toMsValue: number): number {
  return Math.floor((toMsValue - fromMs) / DAY_MS);
}

export function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}
