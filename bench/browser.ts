// Browser figures in headless Chromium (Debian's, software WebGL) against the real server with `l` loaded and
// the app built with VITE_API=server: overview LCP, filter change → painted rows on /inventory, first WebGL draw
// on /graph and frame times while panning/zooming it, long tasks. Signed in by cookie (the same session the API
// bench uses), so no page measures the login.
import { chromium, type Browser, type Page } from '@playwright/test';
import { benchState, gotoFirstDraw, median, openBenchContext, ratio, round, type BenchCookies, type BenchWindow } from './benchPage';
import { graphFirstDraws } from './graphFirstDraw';
import { loadOverview, measureOverviewLcp } from './overviewLcp';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { BASELINE_PREFIX, OVERVIEW_PATH, runCanvasBaseline, serveCanvasBaseline } from './canvasBaseline';
import { answerArrivedAt, FULL_GESTURES, panZoomFrames, type Gestures } from './panZoom';
import { DRAWING_MARKS } from '../src/features/graph/components/sigma/drawingMarks';
import { pickLargeView } from './largeView';

/**
 * The issue's pan/zoom case, a view of 5,000 nodes and about 20,000 edges (bench/largeView.ts picks it): frame
 * intervals while panning and zooming it, once its layout has settled. Reported, not budgeted.
 */
async function largeViewPanZoom(page: Page, base: string, opts: { layoutWaitMs: number; gestures: Gestures }, say: (msg: string) => void): Promise<Record<string, number>> {
  try {
    const view = await pickLargeView(page.request, base);
    say(`large view: ${view.path} (${view.nodes} nodes, ${view.edges} edges in the answer)`);
    await gotoFirstDraw(page, `${base}${view.path}`);
    const drawing = page.getByRole('img', { name: /Sharing graph drawing/ });
    await drawing.waitFor({ timeout: 60_000 });
    const firstDraw = (await benchState(page)).firstDraw;
    const label = (await drawing.getAttribute('aria-label')) ?? '';
    const settled = opts.layoutWaitMs > 0 && (await page.getByText('arranging the layout…').waitFor({ state: 'detached', timeout: opts.layoutWaitMs }).then(() => true, () => false));
    const layoutDone = settled ? await page.evaluate(() => performance.now()) : 0;
    const box = await drawing.boundingBox();
    if (!box) throw new Error('large graph view: the drawing is not visible');
    const frames = await panZoomFrames(page, box, opts.gestures);
    return {
      graphLargeNodes: Number(/(\d+) nodes/.exec(label)?.[1] ?? 0),
      graphLargeEdges: Number(/(\d+) edges/.exec(label)?.[1] ?? 0),
      graphLargeFirstDrawMs: round(firstDraw),
      ...(settled ? { graphLargeLayoutDoneMs: round(layoutDone) } : { graphLargeLayoutUnfinished: 1 }),
      graphLargePanZoomFrameP50Ms: frames.p50,
      graphLargePanZoomFrameP95Ms: frames.p95,
      graphLargePanZoomFrames: frames.frames,
    };
  } finally {
    await page.close();
  }
}

/**
 * What any WebGL drawing pays in this browser before it draws: navigation to the first draw of a page that only makes
 * a context and draws one triangle (bench/canvas/webglFloor.ts), in a context of its own. Reported, not budgeted.
 */
async function measureWebglFloor(browser: Browser, base: string, cookies: BenchCookies): Promise<Record<string, number>> {
  const context = await openBenchContext(browser, base, cookies);
  try {
    await serveCanvasBaseline(context, base);
    const page = await context.newPage();
    await gotoFirstDraw(page, `${base}${BASELINE_PREFIX}webgl-floor.html`);
    return { webglFloorFirstDrawMs: round((await benchState(page)).firstDraw) };
  } finally {
    await context.close();
  }
}

/** Changes a <select> and resolves with the ms until the row count line shows a new answer and a frame painted. */
async function filterToPaint(page: Page, label: string, value: string): Promise<number> {
  const id = await page.getByLabel(label, { exact: true }).getAttribute('id');
  return page.evaluate(async ({ id, value }) => {
    const select = document.getElementById(id) as HTMLSelectElement;
    // The count line and the first data row: a filter changes the count, a sort changes the first row.
    const status = () => {
      const count = [...document.querySelectorAll('p[aria-live="polite"]')].map((p) => p.textContent ?? '').find((t) => t.includes('match'));
      return count ? `${count}|${document.querySelectorAll('tr, [role="row"]')[1]?.textContent ?? ''}` : '';
    };
    const before = status();
    const t0 = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const changed = await new Promise<boolean>((resolve) => {
      const check = () => {
        if (status() !== before && status() !== '') resolve(true);
        else if (performance.now() - t0 > 30_000) resolve(false);
        else requestAnimationFrame(check);
      };
      check();
    });
    if (!changed) return -1;
    // The rows are in the DOM; the next frame paints them.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, { id: id ?? '', value });
}

export interface BrowserBenchOptions {
  layoutWaitMs: number;
  gestures: Gestures;
  overviewLoads: { loads: number; staticLoads: number };
  graphLoads: number;
}
export const FULL_BROWSER_BENCH: BrowserBenchOptions = { layoutWaitMs: 60_000, gestures: FULL_GESTURES, overviewLoads: { loads: 5, staticLoads: 3 }, graphLoads: 5 };
export const QUICK_BROWSER_BENCH: BrowserBenchOptions = { layoutWaitMs: 0, gestures: { moves: 6, wheels: 4 }, overviewLoads: { loads: 3, staticLoads: 1 }, graphLoads: 1 };

/**
 * `layoutWaitMs`: how long to let the force layout settle before panning (0: not at all, as the quick run does);
 * `gestures`: the pan/zoom gestures, the same for the graph and its canvas baseline; `overviewLoads`: how many cold
 * loads of the overview (and of its static copy) to take the median of; `graphLoads`: how many loads of the explorer
 * to take the median first draw of. Five, as for the overview: the first load in a browser also compiles sigma's
 * shaders (later ones find them in the GPU process's program cache), so of three loads the median was the slower of
 * the other two, on a machine whose loads spread by ±150 ms.
 */
export async function runBrowserBench(
  base: string, cookies: BenchCookies,
  opts: BrowserBenchOptions = FULL_BROWSER_BENCH,
): Promise<Record<string, number>> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (set CHROMIUM_PATH or install Debian chromium)');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const figures: Record<string, number> = {};
  const longTasks: number[] = [];
  const began = performance.now();
  const say = (msg: string) => process.stderr.write(`  [browser, ${((performance.now() - began) / 1000).toFixed(1)} s] ${msg}\n`);
  try {
    const overview = await measureOverviewLcp(browser, base, cookies, opts.overviewLoads);
    Object.assign(figures, overview.figures);
    longTasks.push(...overview.longTasks);
    say(`overview LCP median ${overview.figures.overviewLcpMs ?? '(not reported)'} ms of ${overview.lcps.map(Math.round).join(', ')}; static copy ${overview.staticLcps.map(Math.round).join(', ')} ms`);

    Object.assign(figures, await measureWebglFloor(browser, base, cookies));
    say(`WebGL floor: first draw ${figures.webglFloorFirstDrawMs ?? '(none)'} ms`);

    const context = await openBenchContext(browser, base, cookies);
    await serveCanvasBaseline(context, base);
    // The inventory and the explorer are measured as an analyst reaches them, from the overview: the app's code is
    // in this context's HTTP cache (with the compiled code the browser keeps beside it) and the page's own code not.
    let page = await context.newPage();
    await loadOverview(page, `${base}/`);
    await page.close();
    let s: BenchWindow['__bench'];

    // Inventory: a filter change to painted rows, for each platform (each a server round trip: filter + sort + page).
    page = await context.newPage();
    await page.goto(`${base}/inventory?sort=-riskScore`, { waitUntil: 'load' });
    await page.getByText(/connections match/).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const platforms = await page.getByLabel('Platform', { exact: true }).evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value).filter(Boolean));
    const samples: number[] = [];
    const progress = (what: string, ms: number) => say(`${what}: ${ms < 0 ? 'no change within 30 s' : `${Math.round(ms)} ms`}`);
    // The sort first, over every connection: after the last platform a small inventory may have one row left, and
    // a sort that changes nothing on screen would only time out.
    const sortMs = await filterToPaint(page, 'Sort', 'name');
    progress('sort by name', sortMs);
    if (sortMs >= 0) samples.push(sortMs);
    else figures.inventoryFilterTimeouts = 1;
    for (const p of platforms) {
      const ms = await filterToPaint(page, 'Platform', p);
      progress(`platform ${p}`, ms);
      if (ms < 0) figures.inventoryFilterTimeouts = (figures.inventoryFilterTimeouts ?? 0) + 1;
      else samples.push(ms);
    }
    figures.inventoryFilterToPaintP50Ms = round(median(samples));
    figures.inventoryFilterToPaintMaxMs = round(Math.max(0, ...samples));
    figures.inventoryFilterSamples = samples.length;
    s = await benchState(page);
    figures.inventoryLongTaskMs = round(s.longTasks.reduce((a, b) => a + b, 0));
    longTasks.push(...s.longTasks);
    await page.close();

    // Graph: from navigation start to the first WebGL draw with instances, on the default overview (budget 1,000).
    page = await context.newPage();
    await gotoFirstDraw(page, `${base}/graph`);
    const drawing = page.getByRole('img', { name: /Sharing graph drawing/ });
    await drawing.waitFor({ timeout: 60_000 });
    s = await benchState(page);
    const firstDraw = s.firstDraw;
    say(`graph first draw ${Math.round(firstDraw)} ms`);
    const label = (await drawing.getAttribute('aria-label')) ?? '';
    figures.graphNodes = Number(/(\d+) nodes/.exec(label)?.[1] ?? 0);
    figures.graphEdges = Number(/(\d+) edges/.exec(label)?.[1] ?? 0);
    figures.graphMaxInstancesPerDraw = s.maxInstances;
    // The force layout runs in a worker after the first draw; the summary says when it is done.
    const settled = opts.layoutWaitMs > 0 && (await page.getByText('arranging the layout…').waitFor({ state: 'detached', timeout: opts.layoutWaitMs }).then(() => true, () => false));
    if (settled) {
      // The page marks when the layout settled and when the node labels it held back for the first frame are drawn
      // (they follow the layout); without the mark, when the summary said so.
      const marks = await drawingMarks(page);
      const layoutDone = marks.layoutSettled || (await page.evaluate(() => performance.now()));
      figures.graphLayoutDoneMs = round(layoutDone);
      // The issue's target: no main-thread task over 100 ms while the layout runs (from the first draw to done).
      const inLayout = await longTasksBetween(page, firstDraw, layoutDone);
      figures.graphLayoutLongTasks = inLayout.length;
      figures.graphLayoutLongTaskMaxMs = round(Math.max(0, ...inLayout));
      say(`graph layout done at ${Math.round(layoutDone)} ms; longest task meanwhile ${Math.round(figures.graphLayoutLongTaskMaxMs)} ms`);
      const labelled = await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, DRAWING_MARKS.labelsDrawn, { timeout: 30_000 }).then(() => true, () => false);
      if (labelled) {
        const labelsDrawn = (await drawingMarks(page)).labelsDrawn;
        figures.graphLabelsDrawnMs = round(labelsDrawn);
        figures.graphLabelsLongTaskMaxMs = round(Math.max(0, ...(await longTasksBetween(page, layoutDone, labelsDrawn))));
        say(`graph labels drawn at ${Math.round(labelsDrawn)} ms; longest task meanwhile ${Math.round(figures.graphLabelsLongTaskMaxMs)} ms`);
      } else figures.graphLabelsNotDrawn = 1;
    } else figures.graphLayoutUnfinished = 1;

    figures.graphAnswerToDrawMs = round(firstDraw - (await answerArrivedAt(page, OVERVIEW_PATH)));

    // Pan and zoom: frame intervals while dragging and wheeling over the canvas.
    const box = await drawing.boundingBox();
    if (box) {
      const frames = await panZoomFrames(page, box, opts.gestures);
      figures.graphPanZoomFrameP50Ms = frames.p50;
      figures.graphPanZoomFrameP95Ms = frames.p95;
      figures.graphPanZoomFrames = frames.frames;
      say(`graph pan/zoom frame p95 ${frames.p95} ms`);
    }
    s = await benchState(page);
    figures.graphLongTaskMs = round(s.longTasks.reduce((a, b) => a + b, 0));
    longTasks.push(...s.longTasks);
    await page.close();

    // The first draw is the median of this load and `graphLoads - 1` more, each in a fresh context that opened the
    // overview first (this one opened the inventory too; the explorer's own code is cold in all of them), taken now,
    // with nothing else running in the browser.
    const draws = [firstDraw, ...(await graphFirstDraws(browser, base, cookies, opts.graphLoads - 1))];
    figures.graphFirstDrawMs = round(median(draws));
    figures.graphFirstDrawMaxMs = round(Math.max(...draws));
    figures.graphFirstDrawSamples = draws.length;
    say(`graph first draw median ${figures.graphFirstDrawMs} ms of ${draws.map(Math.round).join(', ')}`);

    // The issue's pan/zoom case: a 5,000-node view, the densest of a few, after its layout (not in the long-task total).
    Object.assign(figures, await largeViewPanZoom(await context.newPage(), base, opts, say));
    say(`large view (${figures.graphLargeNodes} nodes, ${figures.graphLargeEdges} edges): pan/zoom frame p50 ${figures.graphLargePanZoomFrameP50Ms} ms, p95 ${figures.graphLargePanZoomFrameP95Ms} ms`);

    // The renderer's baseline: the same nodes and edges on a plain 2D canvas of the same size (not in the long-task total).
    if (box) {
      Object.assign(figures, await runCanvasBaseline(context, base, box, opts.gestures));
      say(`plain canvas first draw ${Math.round(figures.canvasFirstDrawMs ?? 0)} ms (${figures.canvasNodes} nodes, ${figures.canvasEdges} edges)`);
      figures.graphOverCanvasFirstDrawRatio = ratio(figures.graphFirstDrawMs, figures.canvasFirstDrawMs);
      figures.graphOverCanvasAnswerToDrawRatio = ratio(figures.graphAnswerToDrawMs, figures.canvasAnswerToDrawMs);
      figures.graphOverCanvasFrameP95Ratio = ratio(figures.graphPanZoomFrameP95Ms, figures.canvasPanZoomFrameP95Ms);
    }
    await context.close();
  } finally {
    await browser.close();
  }
  figures.longTasks = longTasks.length;
  figures.longTaskTotalMs = round(longTasks.reduce((a, b) => a + b, 0));
  figures.longTaskMaxMs = round(Math.max(0, ...longTasks));
  return figures;
}

/** When the drawing set its marks (0 for one not set yet). */
function drawingMarks(page: Page): Promise<Record<keyof typeof DRAWING_MARKS, number>> {
  return page.evaluate(
    (names) => Object.fromEntries(Object.entries(names).map(([key, name]) => [key, performance.getEntriesByName(name)[0]?.startTime ?? 0])) as Record<keyof typeof names, number>,
    DRAWING_MARKS,
  );
}

/**
 * The durations of the page's long tasks that started between two moments. Read once the page is idle: a long task is
 * reported to the page's observer after it ends, in a task of its own, so one that ended just before a mark was seen
 * would not be in the list yet.
 */
async function longTasksBetween(page: Page, from: number, to: number): Promise<number[]> {
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve, 50), { timeout: 3000 })));
  const { longTasks, longTaskStarts } = await benchState(page);
  return longTasks.filter((_, i) => (longTaskStarts[i] ?? 0) >= from && (longTaskStarts[i] ?? 0) <= to);
}
