import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateInventory } from '../src/domain';
import { withHostileStrings } from '../src/domain/testing/hostile';

test('scrolling the virtualized table loads further server pages', async ({ page }) => {
  await page.goto('/inventory');
  await expect(page.getByText('299 connections match · 100 loaded')).toBeVisible();
  // Only the rows in view are rendered, not all that are loaded.
  expect(await page.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);
  const region = page.getByRole('region', { name: 'Connections table, scrollable' });
  // Keep scrolling to the end: each time the loaded rows run out, the next page is fetched.
  await expect
    .poll(async () => {
      await region.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      return page.getByText(/connections match/).textContent();
    }, { timeout: 20_000 })
    .toBe('299 connections match · 299 loaded');
  await region.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.locator('tr[aria-rowindex="300"]')).toBeVisible();
});

test('the column choice lives in the URL', async ({ page }) => {
  await page.goto('/inventory');
  await expect(page.getByRole('columnheader', { name: 'Owner' })).toBeVisible();
  await page.getByText(/^Columns \(/).click();
  // The URL is the state: a click navigates, then the checkbox reflects it.
  await page.getByRole('checkbox', { name: 'Show column Owner' }).click();
  await expect(page.getByRole('checkbox', { name: 'Show column Owner' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Show column Connector' }).click();
  await expect(page.getByRole('checkbox', { name: 'Show column Connector' })).toBeChecked();
  await expect(page).toHaveURL(/cols=/);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Connector' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Owner' })).toHaveCount(0);
});

test('CSV export holds the whole filtered set with formulas neutralised', async ({ page }) => {
  await page.goto('/imports');
  const inventory = withHostileStrings(generateInventory('demo'));
  const hostile = JSON.stringify(inventory);
  const matching = inventory.connections.filter((c) => c.environment === 'prod').length;
  await page.getByLabel('Inventory file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 299 connections');
  // In-app navigation keeps the in-page mock's imported data.
  await page.getByRole('link', { name: 'Inventory' }).click();
  await page.getByLabel('Environment').selectOption('prod');
  await expect(page.getByText(`${matching} connections match`)).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadPromise;
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^Connection,Platform,Env,Connector,Target,Authenticates as/);
  const records = csv.match(/,prod,/g) ?? [];
  expect(records.length).toBe(matching);
  expect(csv).not.toMatch(/,(dev|test),/);
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  expect(csv).not.toMatch(/(^|,|\r\n)[=+@]/);
});

test('certificate validation off in prod: filter with counts, open the riskiest, follow to its identity and back', async ({ page }) => {
  await page.goto('/inventory');
  const cert = page.getByLabel('Certificate validation', { exact: true });
  // Each option says how many connections choosing it would give.
  await expect(cert.locator('option[value="false"]')).toHaveText(/^off \(\d+\)$/);
  await cert.selectOption('false');
  await page.getByLabel('Environment', { exact: true }).selectOption('prod');
  await expect(page).toHaveURL(/certificateValidation=false/);
  await expect(page).toHaveURL(/environment=prod/);
  const offInProd = Number((await page.getByLabel('Environment', { exact: true }).locator('option[value="prod"]').textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(offInProd).toBeGreaterThan(0);
  await expect(page.getByText(`${offInProd} connections match`)).toBeVisible();

  const filteredUrl = page.url();
  const top = page.getByRole('region', { name: 'Connections table, scrollable' }).getByRole('link').first();
  const name = (await top.textContent()) ?? '';
  await top.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('certificate validation off')).toBeVisible();
  // The riskiest row carries findings, each quoting the exact fields that triggered it.
  await expect(page.getByRole('heading', { name: /^Findings \([1-9]\d*\)$/ })).toBeVisible();
  await expect(page.locator('.evidence code').first()).toBeVisible();

  await page.getByRole('definition').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /Who can act as/ })).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(filteredUrl);
  await expect(page.getByText(`${offInProd} connections match`)).toBeVisible();
  await page.goto(filteredUrl);
  await expect(page.getByLabel('Certificate validation', { exact: true })).toHaveValue('false');
  await expect(page.getByText(`${offInProd} connections match`)).toBeVisible();
});

test('sorts by several columns from the headers, by mouse or keyboard, and the URL keeps it', async ({ page }) => {
  await page.goto('/inventory');
  await expect(page.getByText(/connections match/)).toBeVisible();
  const header = (name: string) => page.getByRole('columnheader', { name: new RegExp(`^${name}`) });
  await header('Platform').getByRole('button').click();
  await expect(page).toHaveURL(/sort=-platform(&|$)/);
  await expect(header('Platform')).toHaveAttribute('aria-sort', 'descending');
  await header('Risk').getByRole('button').click({ modifiers: ['Shift'] });
  await expect(page).toHaveURL(/sort=-platform%2C-riskScore/);
  await expect(page.getByText('then by Risk score ↓')).toBeVisible();
  // Keyboard: Shift+Enter on a header adds it as a further key.
  await header('Can act through it').getByRole('button').focus();
  await page.keyboard.press('Shift+Enter');
  await expect(page).toHaveURL(/sort=-platform%2C-riskScore%2C-actors/);

  // The rows come back in that order: platform descending, then risk descending within a platform.
  await page.reload();
  await expect(header('Platform')).toHaveAttribute('aria-sort', 'descending');
  const rows = page.locator('tbody tr[aria-rowindex]');
  await expect(rows.first()).toBeVisible();
  const cells = await rows.evaluateAll((trs) => trs.slice(0, 25).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  const headers = await page.locator('thead th').allTextContents();
  const platformAt = headers.findIndex((h) => h.startsWith('Platform'));
  const riskAt = headers.findIndex((h) => h.startsWith('Risk'));
  const pairs = cells.map((c) => [c[platformAt]!, Number.parseInt(c[riskAt]!, 10)] as const);
  for (let i = 1; i < pairs.length; i++) {
    const [[p1, r1], [p2, r2]] = [pairs[i - 1]!, pairs[i]!];
    expect(p1 >= p2, `${p1} before ${p2}`).toBe(true);
    if (p1 === p2) expect(r1).toBeGreaterThanOrEqual(r2);
  }
});
