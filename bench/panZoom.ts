// Frame intervals while a person drags and wheels over a drawing: the same gestures for the graph view and its
// plain-canvas baseline, so their figures compare.
import type { Page } from '@playwright/test';
import { round } from './benchPage';

export interface Box { x: number; y: number; width: number; height: number }
/** How many drag moves and wheel steps; each waits for the page to take it, so fewer make a shorter (quick) run. */
export interface Gestures { moves: number; wheels: number }
export const FULL_GESTURES: Gestures = { moves: 30, wheels: 10 };

/** Drags across the middle of `box`, then wheels in and out (half each); p50/p95 of the frame intervals. */
export async function panZoomFrames(page: Page, box: Box, gestures: Gestures = FULL_GESTURES): Promise<{ p50: number; p95: number; frames: number }> {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    const frames: number[] = [];
    (window as unknown as { __frames: number[] }).__frames = frames;
    let last = performance.now();
    const tick = (t: number) => {
      frames.push(t - last);
      last = t;
      if (frames.length < 100_000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < gestures.moves; i++) await page.mouse.move(cx + i * 8, cy + i * 4);
  await page.mouse.up();
  for (let i = 0; i < gestures.wheels; i++) await page.mouse.wheel(0, i < gestures.wheels / 2 ? -200 : 200);
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.slice(1));
  const sorted = [...frames].sort((a, b) => a - b);
  return { p50: round(sorted[Math.floor(sorted.length / 2)] ?? 0), p95: round(sorted[Math.floor(sorted.length * 0.95)] ?? 0), frames: frames.length };
}

/** When the first answer of a URL containing `path` finished arriving (ms from navigation start), from resource timing. */
export function answerArrivedAt(page: Page, path: string): Promise<number> {
  return page.evaluate((p) => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes(p)) as PerformanceResourceTiming | undefined;
    return entry?.responseEnd ?? 0;
  }, path);
}
