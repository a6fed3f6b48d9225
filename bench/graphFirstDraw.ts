// More samples of the explorer's first draw: one load is one sample, and on a machine that drifts by a third from one
// hour to the next a single sample says little. Each load is taken as the main browser bench takes its own.
import type { Browser } from '@playwright/test';
import { benchState, gotoFirstDraw, openBenchContext, type BenchCookies } from './benchPage';
import { loadOverview } from './overviewLcp';

/**
 * Navigation start to the first WebGL draw of the default explorer view, in `loads` fresh browser contexts, each
 * reaching it from the overview first (the app's code in the HTTP cache, the explorer's own code not).
 */
export async function graphFirstDraws(browser: Browser, base: string, cookies: BenchCookies, loads: number): Promise<number[]> {
  const draws: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await openBenchContext(browser, base, cookies);
    try {
      const overview = await context.newPage();
      await loadOverview(overview, `${base}/`);
      await overview.close();
      const page = await context.newPage();
      await gotoFirstDraw(page, `${base}/graph`);
      draws.push((await benchState(page)).firstDraw);
    } finally {
      await context.close();
    }
  }
  return draws;
}
