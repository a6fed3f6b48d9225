// What every page the browser bench opens carries: a signed-in context, LCP/long-task observers and a hook on
// WebGL draw calls. Shared by the bench's pages (bench/browser.ts, bench/overviewLcp.ts).
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { FIRST_DRAW_SIGNAL } from './canvas/firstDrawSignal';

export const round = (n: number) => Math.round(n * 10) / 10;
export const ratio = (a = 0, b = 0) => (b > 0 ? Math.round((a / b) * 100) / 100 : 0);
export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** The signed-in session the bench's pages carry (bench/api.ts signs in once). */
export type BenchCookies = { name: string; value: string }[];

export interface BenchWindow {
  __bench: { lcp: number; longTasks: number[]; longTaskStarts: number[]; firstDraw: number; maxInstances: number; draws: number };
}

/**
 * Runs before any page script: LCP and long-task observers, and a hook on WebGL2 draw calls recording when the
 * first non-empty one was issued (the page has no "drawn" signal of its own; a draw call with instances is
 * sigma drawing the nodes/edges it was given) and saying so on the console (`firstDrawSignal`, see gotoFirstDraw).
 */
export function instrument(firstDrawSignal: string) {
  const w = window as unknown as BenchWindow;
  w.__bench = { lcp: 0, longTasks: [], longTaskStarts: [], firstDraw: 0, maxInstances: 0, draws: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      w.__bench.longTasks.push(e.duration);
      w.__bench.longTaskStarts.push(e.startTime);
    }
  }).observe({ type: 'longtask', buffered: true });
  const proto = WebGL2RenderingContext.prototype as unknown as Record<string, (...args: number[]) => void>;
  const hook = (name: string, count: (args: number[]) => number) => {
    const original = proto[name];
    if (!original) return;
    proto[name] = function (this: unknown, ...args: number[]) {
      const n = count(args);
      if (n > 0) {
        w.__bench.draws++;
        if (w.__bench.firstDraw === 0) {
          w.__bench.firstDraw = performance.now();
          console.debug(firstDrawSignal);
        }
        w.__bench.maxInstances = Math.max(w.__bench.maxInstances, n);
      }
      return original.apply(this, args);
    };
  };
  hook('drawArrays', (a) => a[2] ?? 0);
  hook('drawElements', (a) => a[1] ?? 0);
  hook('drawArraysInstanced', (a) => Math.min(a[2] ?? 0, a[3] ?? 0) && (a[3] ?? 0));
  hook('drawElementsInstanced', (a) => Math.min(a[1] ?? 0, a[4] ?? 0) && (a[4] ?? 0));
}

export const benchState = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).__bench);

/** A fresh context (its own empty HTTP cache), signed in with the bench's session and instrumented. */
export async function openBenchContext(browser: Browser, base: string, cookies: BenchCookies): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(60_000);
  await context.addCookies(cookies.map((c) => ({ ...c, url: base })));
  // tsx (esbuild keepNames) wraps functions in __name(); functions sent to the page need it defined there.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  await context.addInitScript(instrument, FIRST_DRAW_SIGNAL);
  return context;
}

/**
 * Opens `url` and resolves once the page has drawn (the instrument's first non-empty WebGL draw, or a bench page's
 * own FIRST_DRAW_SIGNAL), without running any script in the page before then (see bench/canvas/firstDrawSignal.ts).
 * The page's figures are read after, with benchState.
 */
export async function gotoFirstDraw(page: Page, url: string, timeout = 60_000): Promise<void> {
  const drawn = page.waitForEvent('console', { predicate: (message) => message.text() === FIRST_DRAW_SIGNAL, timeout });
  // Awaited together: a navigation that fails must not leave the console wait to time out unobserved.
  await Promise.all([drawn, page.goto(url, { waitUntil: 'commit' })]);
}
