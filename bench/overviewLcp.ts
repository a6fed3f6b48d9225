// The overview's largest contentful paint on cold loads, and what painting the same content costs this browser
// without any script (the floor under the figure on this machine).
import type { Browser, Page } from '@playwright/test';
import { benchState, median, openBenchContext, round, type BenchCookies, type BenchWindow } from './benchPage';
import { BASELINE_PREFIX } from './canvasBaseline';

/** Opens the overview (or its copy) and waits until its heading is there and nothing is in flight. */
export async function loadOverview(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** Opens the overview and waits for its LCP entry; 0 when the browser reported none. */
async function lcpOf(page: Page, url: string): Promise<number> {
  await loadOverview(page, url);
  await page.waitForTimeout(500);
  // Under load the LCP entry can come well after the content is in place; give it time before calling it missing.
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.lcp > 0, undefined, { timeout: 10_000 }).catch(() => undefined);
  return (await benchState(page)).lcp;
}

/**
 * `loads` cold loads of `/`, each in a fresh context (an empty HTTP cache and no compiled-code cache), and the
 * median of their LCP: one load is one sample of a noisy figure. The browser has drawn a blank page of another
 * origin first: starting its GPU process and compositor belongs to opening the browser, not to loading the app,
 * and a user's browser is already running. Then `staticLoads` loads of a static copy of the overview as it first
 * paints (the same DOM and stylesheet, no script): what this browser needs to paint that content at all.
 */
export async function measureOverviewLcp(browser: Browser, base: string, cookies: BenchCookies, { loads, staticLoads }: { loads: number; staticLoads: number }) {
  const warm = await browser.newPage();
  await warm.goto('data:text/html,<p>Starting the browser</p>');
  await warm.waitForTimeout(500);
  await warm.close();

  const lcps: number[] = [];
  const longTasksPerLoad: number[][] = [];
  let firstPaintDom = '';
  for (let i = 0; i < loads; i++) {
    const context = await openBenchContext(browser, base, cookies);
    try {
      const page = await context.newPage();
      const lcp = await lcpOf(page, `${base}/`);
      if (lcp > 0) lcps.push(lcp);
      const s = await benchState(page);
      longTasksPerLoad.push(s.longTasks);
      // The charts are drawn after the first paint (ChartFigure); the copy leaves them out as that paint does.
      if (!firstPaintDom) firstPaintDom = await page.evaluate(() => {
        const doc = document.cloneNode(true) as Document;
        doc.querySelectorAll('script, link[rel="modulepreload"], .chart-canvas > *').forEach((e) => e.remove());
        return new XMLSerializer().serializeToString(doc);
      });
    } finally {
      await context.close();
    }
  }

  const staticLcps: number[] = [];
  for (let i = 0; i < staticLoads && firstPaintDom; i++) {
    const context = await openBenchContext(browser, base, cookies);
    try {
      await context.route(`${base}${BASELINE_PREFIX}overview-copy`, (r) => r.fulfill({ body: firstPaintDom, contentType: 'text/html' }));
      const page = await context.newPage();
      const lcp = await lcpOf(page, `${base}${BASELINE_PREFIX}overview-copy`);
      if (lcp > 0) staticLcps.push(lcp);
    } finally {
      await context.close();
    }
  }

  const figures: Record<string, number> = {};
  // No LCP entry is "not measured" (the table then says so), never a 0 that reads as within budget.
  if (lcps.length > 0) {
    figures.overviewLcpMs = round(median(lcps));
    figures.overviewLcpMaxMs = round(Math.max(...lcps));
  }
  if (lcps.length < loads) figures.overviewLcpMissing = loads - lcps.length;
  figures.overviewLcpSamples = lcps.length;
  // The long tasks of the load with the median total stand for a load in the bench's overall long-task figure.
  const total = (tasks: number[]) => tasks.reduce((a, b) => a + b, 0);
  const typical = [...longTasksPerLoad].sort((a, b) => total(a) - total(b))[Math.floor(longTasksPerLoad.length / 2)] ?? [];
  figures.overviewLongTaskMs = round(total(typical));
  if (staticLcps.length > 0) figures.overviewStaticCopyLcpMs = round(median(staticLcps));
  return { figures, longTasks: typical, lcps, staticLcps };
}
