import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { watchForErrors } from './support/watchForErrors';

test('the overview shows the posture score and its charts, and keeps the period in the URL', async ({ page }) => {
  const problems = await watchForErrors(page);
  await page.goto('/?period=all');
  await expect(page.getByRole('heading', { level: 1, name: 'Posture overview' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Posture score', exact: true })).toBeVisible();
  await expect(page.locator('.posture-score .kpi-value')).toHaveText(/^\d+(\.\d)?$/);

  for (const title of ['Posture score over time', 'Open findings over time by severity', 'Open findings by OWASP category', 'Open findings by platform', 'Open findings by business unit']) {
    const figure = page.getByRole('figure', { name: title });
    await expect(figure).toBeVisible();
    // Legend icons are small recharts SVGs too; the first surface is the chart itself.
    await expect(figure.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(figure.locator('.recharts-area, .recharts-bar-rectangle, .recharts-line').first()).toBeAttached();
  }

  const trend = page.getByRole('table', { name: 'Open findings over time by severity' });
  const allRows = await trend.locator('tbody tr').count();
  expect(allRows).toBeGreaterThan(4);

  await page.getByLabel('Period', { exact: true }).selectOption('3m');
  await expect(page).toHaveURL(/period=3m/);
  await expect(trend.locator('tbody tr')).not.toHaveCount(allRows);
  const shortRows = await trend.locator('tbody tr').count();
  expect(shortRows).toBeLessThan(allRows);

  await page.reload();
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('3m');
  await expect(page.getByRole('table', { name: 'Open findings over time by severity' }).locator('tbody tr')).toHaveCount(shortRows);
  expect(problems).toEqual([]);
});

test('the platform filter narrows the trend to that platform and lives in the URL', async ({ page }) => {
  const problems = await watchForErrors(page);
  await page.goto('/');
  await page.getByLabel('Platform', { exact: true }).selectOption('n8n');
  await expect(page).toHaveURL(/platform=n8n/);
  await expect(page.getByRole('figure', { name: 'Open findings over time on n8n' })).toBeVisible();
  // The table keeps showing the previous answer until the filtered one arrives; wait for it rather than read it once.
  const platforms = () => page.getByRole('region', { name: 'Riskiest connections' }).locator('tbody tr td:nth-child(2)').allTextContents();
  await expect.poll(async () => [...new Set(await platforms())]).toEqual(['n8n']);
  expect(problems).toEqual([]);
});

test('the remediation page exports the makers\' notices as a formula-safe CSV', async ({ page }) => {
  const problems = await watchForErrors(page);
  await page.goto('/remediation');
  await expect(page.getByRole('heading', { level: 1, name: 'Remediation' })).toBeVisible();
  await expect(page.getByText(/\d+ open findings/).first()).toBeVisible();
  const burndown = page.getByRole('figure').filter({ has: page.getByRole('heading', { name: 'Burndown of open findings' }) });
  await expect(burndown.locator('svg.recharts-surface').first()).toBeVisible();
  await expect(burndown.locator('.recharts-line').first()).toBeAttached();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('sharegraph-notices-all-makers.csv');
  const csv = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('maker,maker_id,finding_id,severity,finding,subject,platform,environment,due,overdue,owasp,remediation_steps');
  expect(lines.length).toBeGreaterThan(2);
  // Every cell, quoted or not: none may start with a raw "=" a spreadsheet would evaluate.
  const cells = csv.match(/(?<=^|,|\r\n)("(?:[^"]|"")*"|[^,\r\n]*)/g) ?? [];
  expect(cells.length).toBeGreaterThan(12);
  for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^=/);

  // One maker's printable notice: the riskiest maker, with as many findings as the selector promised.
  const notify = page.getByRole('region', { name: 'Notify makers' });
  const maker = notify.getByRole('combobox', { name: 'Maker' });
  const [, name, count] = (await maker.locator('option').nth(1).textContent())!.match(/^(.*) \((\d+)\)$/)!;
  await maker.selectOption({ index: 1 });
  await expect(page).toHaveURL(/maker=/);
  const notice = notify.getByRole('article', { name: `${name}: ${count} open finding${count === '1' ? '' : 's'}` });
  await expect(notice).toBeVisible();
  await expect(notice.locator(':scope > ol > li')).toHaveCount(Number(count));
  const one = page.waitForEvent('download');
  await notify.getByRole('button', { name: 'Download CSV' }).click();
  expect((await one).suggestedFilename()).toMatch(/^sharegraph-notice-[\w-]+\.csv$/);
  expect(problems).toEqual([]);
});
