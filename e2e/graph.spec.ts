import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchForErrors } from './support/watchForErrors';
import { DRAWING_MARKS } from '../src/features/graph/components/sigma/drawingMarks';

/**
 * Counts pixels of a PNG, decoded in the page (PNG → bitmap → 2D canvas): those that differ from a white background,
 * or those near black (label text; no node or edge of an unanswered view is that dark).
 */
async function countPixels(page: Page, png: Buffer, which: 'nonWhite' | 'nearBlack'): Promise<number> {
  return page.evaluate(async ([b64, mode]) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 255, data[i + 1] ?? 255, data[i + 2] ?? 255];
      if (mode === 'nonWhite' ? r < 235 || g < 235 || b < 235 : r < 40 && g < 40 && b < 40) count++;
    }
    return count;
  }, [png.toString('base64'), which] as const);
}

/** The drawing's non-background pixels. The WebGL canvas does not keep its drawing buffer, so it is read through a screenshot. */
async function drawnPixels(page: Page, drawing: Locator): Promise<number> {
  return countPixels(page, await drawing.screenshot(), 'nonWhite');
}

/** Clicks a control that downloads a file and returns the file's bytes. */
async function download(page: Page, control: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), control.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

const drawingOf = (page: Page) => page.getByRole('img', { name: /Sharing graph drawing/ });
const twin = (page: Page) => page.getByRole('region', { name: 'What the graph shows' });

test('the overview is drawn on a WebGL canvas, with a legend and the table twin', async ({ page }) => {
  const problems = await watchForErrors(page);
  await page.goto('/graph');
  // The first load builds the mock store in the page; allow for a busy machine.
  await expect(page.getByText(/Riskiest part of the graph: \d+ nodes/)).toBeVisible({ timeout: 20_000 });
  const drawing = drawingOf(page);
  await expect(drawing.locator('canvas').first()).toBeAttached();
  // Something other than background must actually be drawn (nodes, edges, labels).
  await expect.poll(() => drawnPixels(page, drawing), { timeout: 15_000 }).toBeGreaterThan(2000);
  await expect(page.getByRole('heading', { name: 'Legend' })).toBeVisible();
  await expect(page.getByText('shared with (implicit, via an app)')).toBeVisible();
  await expect(twin(page).getByRole('table').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('the node labels held back for the first frame are drawn once the layout settles, with no interaction', async ({ page }) => {
  await page.goto('/graph');
  await expect(page.getByText(/Riskiest part of the graph: \d+ nodes/)).toBeVisible({ timeout: 20_000 });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DRAWING_MARKS.labelsDrawn, { timeout: 30_000 });
  // Text is the only near-black in the drawing; the pointer never enters it.
  await expect.poll(async () => countPixels(page, await drawingOf(page).screenshot(), 'nearBlack'), { timeout: 5_000 }).toBeGreaterThan(300);
});

test('search Dana, focus her, and the URL keeps the view across a reload', async ({ page }) => {
  const problems = await watchForErrors(page);
  await page.goto('/graph');
  await expect(page.getByText(/Riskiest part of the graph/)).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Find a node').fill('Dana');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: 'Dana Whitfield' }).click();
  await expect(page).toHaveURL(/focus=p-dana-whitfield/);
  await expect(page.getByText(/Neighbourhood of Dana Whitfield at depth 2: \d+ nodes/)).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Selected node' }).getByRole('heading', { name: 'Dana Whitfield' })).toBeVisible();

  await page.reload();
  await expect(page.getByText(/Neighbourhood of Dana Whitfield at depth 2: \d+ nodes/)).toBeVisible();
  await expect(twin(page).getByRole('button', { name: 'Select Dana Whitfield' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => drawnPixels(page, drawingOf(page)), { timeout: 15_000 }).toBeGreaterThan(500);
  expect(problems).toEqual([]);
});

test('who can act as Dana lists the actors, implicit ones marked, and a shared link restores it', async ({ page }) => {
  const problems = await watchForErrors(page);
  await page.goto('/graph?focus=p-dana-whitfield&selected=p-dana-whitfield');
  await page.getByRole('complementary', { name: 'Selected node' }).getByRole('button', { name: 'Who can act as Dana Whitfield?' }).click();
  await expect(page).toHaveURL(/actsAs=p-dana-whitfield/);
  await expect(page.getByText(/Who can act as Dana Whitfield: \d+ principals, \d+ of them only through an implicit app share/)).toBeVisible();
  const actors = page.getByRole('table', { name: /Who can act as Dana Whitfield/ });
  await expect(actors.getByRole('row')).not.toHaveCount(1);
  await expect(actors.getByText('implicit (app shared)').first()).toBeVisible();
  await expect(actors.getByText('direct share').first()).toBeVisible();
  // The drawing is the same answer: the implicit share edge is in the twin too.
  await expect(twin(page).getByRole('table', { name: /Edges/ }).getByText('implicit', { exact: true }).first()).toBeVisible();
  await expect.poll(() => drawnPixels(page, drawingOf(page)), { timeout: 15_000 }).toBeGreaterThan(500);

  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByText(/Who can act as Dana Whitfield: \d+ principals/)).toBeVisible();
  await other.close();
  expect(problems).toEqual([]);
});

test('shortest path from a member of All Sales to the finance database is drawn and listed step by step', async ({ page }) => {
  const problems = await watchForErrors(page);
  await page.goto('/graph?focus=g-all-sales&depth=1');
  await expect(page.getByText(/Neighbourhood of All Sales at depth 1/)).toBeVisible();
  // A person who is a direct member of All Sales, read from the table twin's edges.
  const memberRow = twin(page).getByRole('table', { name: /Edges/ }).getByRole('row').filter({ hasText: 'member of' }).filter({ hasNotText: 'Sales EMEA' }).filter({ hasNotText: 'Sales North America' }).first();
  const member = ((await memberRow.getByRole('cell').first().textContent()) ?? '').trim();
  expect(member).not.toBe('');
  // The twin shows a page of rows at a time; its search finds the member wherever they are.
  await twin(page).getByLabel('Find in these tables').fill(member);
  await twin(page).getByRole('button', { name: `Select ${member}`, exact: true }).click();
  await page.getByRole('complementary', { name: 'Selected node' }).getByRole('button', { name: 'Path from here' }).click();
  await page.getByLabel('Path to', { exact: true }).fill('Finance SQL');
  await page.getByRole('list', { name: 'Path to: matches' }).getByRole('button', { name: 'Finance SQL (fin-sql-01)' }).click();
  await expect(page).toHaveURL(/to=t-finance-sql/);
  await expect(page.getByText(new RegExp(`Shortest path from ${member} to Finance SQL \\(fin-sql-01\\): \\d+ steps`))).toBeVisible();
  const steps = page.getByRole('table', { name: 'Shortest path, step by step' });
  await expect(steps.getByRole('row').nth(1)).toContainText(member);
  await expect(steps.getByRole('row').last()).toContainText('Finance SQL (fin-sql-01)');
  await expect(steps.getByText('implicit').first()).toBeVisible();
  await expect.poll(() => drawnPixels(page, drawingOf(page)), { timeout: 15_000 }).toBeGreaterThan(300);
  expect(problems).toEqual([]);
});

test('the overview says what was folded, and expanding a folded group shows its people one by one', async ({ page }) => {
  const problems = await watchForErrors(page);
  await page.goto('/graph');
  const folded = page.getByRole('note');
  await expect(folded).toContainText(/Folded to stay within the budget of 1000 nodes/);
  const expand = folded.getByRole('button', { name: /^Expand \d+ users? · Sales$/ });
  const label = ((await expand.textContent()) ?? '').replace(/^Expand /, '');
  await expand.click();
  await expect(page.getByRole('status').filter({ hasText: `Expanding ${label}` })).toBeVisible();
  await expect(page).toHaveURL(/focus=/);
  await expect(page).toHaveURL(/budget=2000/);
  await expect(page.getByText(/Neighbourhood of .+ at depth 1: \d+ nodes/)).toBeVisible();
  await expect(twin(page).getByRole('table', { name: /Nodes/ }).getByRole('cell', { name: 'person', exact: true }).first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('what-if: unsharing the forecast app leaves fewer principals able to act, side by side, and a link restores it', async ({ page }) => {
  // Two full page loads, each building the in-page mock store and re-analysing the inventory for the simulation.
  test.slow();
  const problems = await watchForErrors(page);
  await page.goto('/graph?focus=a-sales-forecast&depth=1&selected=a-sales-forecast');
  await expect(page.getByText(/Neighbourhood of Sales Forecast Tracker at depth 1: \d+ nodes/)).toBeVisible({ timeout: 20_000 });
  const whatIf = page.getByRole('region', { name: 'What if…' });
  await whatIf.getByLabel('Change to simulate').selectOption({ label: 'Unshare Sales Forecast Tracker with everyone' });
  await whatIf.getByRole('button', { name: 'Simulate' }).click();
  await expect(page).toHaveURL(/whatIf=unshare_app%3Aa-sales-forecast/);

  const exposure = whatIf.getByRole('table', { name: 'Exposure before and after' });
  const counts = async () => {
    const cells = exposure.getByRole('row', { name: /Principals who can act/ }).getByRole('cell');
    return (await cells.allTextContents()).map((t) => Number(t.replace(/,/g, '')));
  };
  await expect(exposure).toBeVisible();
  const [before, after] = await counts();
  expect(before).toBeGreaterThan(0);
  expect(after).toBeLessThan(before ?? 0);
  await expect(whatIf.getByText(/^Who loses access \(\d+\)$/)).toBeVisible();

  // The simulated change is part of the link: another tab simulates it again.
  const other = await page.context().newPage();
  await other.goto(page.url());
  const again = other.getByRole('region', { name: 'What if…' }).getByRole('table', { name: 'Exposure before and after' });
  await expect(again.getByRole('row', { name: /Principals who can act/ }).getByRole('cell')).toHaveText([String(before?.toLocaleString('en-GB')), String(after?.toLocaleString('en-GB'))]);
  await other.close();

  await whatIf.getByRole('button', { name: 'Clear simulation' }).click();
  await expect(exposure).toBeHidden();
  await expect(page).not.toHaveURL(/whatIf=/);
  expect(problems).toEqual([]);
});

test("the selected node's side panel lists its findings with severity and links to each", async ({ page }) => {
  const problems = await watchForErrors(page);
  await page.goto('/graph?focus=c-dana-finance-sql&depth=1&selected=c-dana-finance-sql');
  const panel = page.getByRole('complementary', { name: 'Selected node' });
  const findings = panel.getByRole('list', { name: 'Findings of Finance SQL (Dana)' });
  await expect(findings.getByRole('listitem').first()).toBeVisible({ timeout: 20_000 });
  await expect(findings.getByRole('listitem').first()).toContainText(/critical|high|medium|low/);
  await expect(findings.getByRole('link').first()).toHaveAttribute('href', /^\/findings\?state=all&open=/);
  expect(problems).toEqual([]);
});

test('export: the JSON holds the nodes drawn and the question, the PNG is a real picture of the drawing', async ({ page }) => {
  const problems = await watchForErrors(page);
  await page.goto('/graph?focus=c-dana-finance-sql&depth=1');
  await expect(page.getByText(/Neighbourhood of Finance SQL \(Dana\) at depth 1: \d+ nodes/)).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => drawnPixels(page, drawingOf(page)), { timeout: 15_000 }).toBeGreaterThan(300);
  const exports = page.getByRole('group', { name: 'Export the view' });

  const json = await download(page, exports.getByRole('button', { name: 'Download JSON' }));
  expect(json.name).toMatch(/^sharegraph-focus-\d{8}-\d{4}\.json$/);
  const file = JSON.parse(json.bytes.toString('utf8')) as { question: unknown; params: Record<string, string>; link: string; nodes: { id: string; label: string }[]; edges: unknown[] };
  expect(file.question).toEqual({ type: 'focus', id: 'c-dana-finance-sql' });
  expect(file.params).toEqual({ focus: 'c-dana-finance-sql', depth: '1' });
  expect(file.link).toBe('/graph?focus=c-dana-finance-sql&depth=1');
  const caption = (await twin(page).getByRole('table', { name: /^Nodes/ }).locator('caption').textContent()) ?? '';
  expect(file.nodes).toHaveLength(Number(/\((\d+)\)/.exec(caption)?.[1]));
  expect(file.nodes.map((n) => n.label)).toContain('Finance SQL (Dana)');
  const edgeCaption = (await twin(page).getByRole('table', { name: /^Edges/ }).locator('caption').textContent()) ?? '';
  expect(file.edges).toHaveLength(Number(/\((\d+)\)/.exec(edgeCaption)?.[1]));

  const png = await download(page, exports.getByRole('button', { name: 'Download PNG' }));
  expect(png.name).toMatch(/^sharegraph-focus-\d{8}-\d{4}\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Not a blank canvas: what WebGL drew was read before the browser cleared the buffer.
  expect(await countPixels(page, png.bytes, 'nonWhite')).toBeGreaterThan(300);
  await expect(exports.getByRole('status')).toHaveText('Exported the drawing as PNG.');
  expect(problems).toEqual([]);
});
