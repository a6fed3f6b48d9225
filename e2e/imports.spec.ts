import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { progressBarsSeen, recordProgressBars } from './support/progressBars';

const FIXTURE = 'docs/examples/inventory.example.json';

test('an admin uploads a native inventory: progress while it runs, then the report with counts', async ({ page }) => {
  await page.goto('/imports');
  await expect(page.getByRole('heading', { name: 'Load an inventory' })).toBeVisible();
  await recordProgressBars(page);
  await page.getByLabel('Inventory file').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Import' }).click();

  await expect(page.getByRole('status')).toContainText(/Imported 2 connections: \d+ new findings, \d+ resolved, 0 reopened/);
  const report = page.getByRole('table', { name: 'Import report' });
  await expect(report.getByRole('row', { name: 'Connections 2' })).toBeVisible();
  await expect(report.getByRole('row', { name: 'Principals 4' })).toBeVisible();
  await expect(report.getByRole('row', { name: 'Apps 1' })).toBeVisible();
  await expect(report.getByRole('row', { name: 'Secret values stripped 0' })).toBeVisible();
  const seen = await progressBarsSeen(page);
  // The mock answers from the page's service worker, which takes the file in one piece (no upload events, see
  // uploadImport.ts): the server's step shows as indeterminate. The server journey checks the upload bar.
  expect(seen).toContain('Processing on the server');
  await expect(page.getByRole('table').filter({ hasText: 'inventory.example.json' })).toContainText('2 connections');
});

test('a file with one bad record is refused, naming its line and field, and the inventory is unchanged', async ({ page }) => {
  await page.goto('/inventory');
  const matching = page.getByText(/connections match/);
  await expect(matching).toHaveText(/^299 connections match/);
  const before = (await matching.textContent())!.split(' · ')[0];

  // In-app navigation: a reload would re-seed the in-page mock and prove nothing.
  await page.getByRole('link', { name: 'Imports' }).click();
  const bad = readFileSync(FIXTURE, 'utf8').replace('"environment": "prod", "connector": "shared_ftp"', '"environment": "staging", "connector": "shared_ftp"');
  await page.getByLabel('Inventory file').setInputFiles({ name: 'one-bad-record.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Import' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Import rejected. one-bad-record.json: nothing was changed.');
  await expect(alert.getByRole('list', { name: 'Errors' }).getByRole('listitem')).toHaveText([/^line 23, connections\[1\]\.environment: /]);
  await expect(page.getByRole('table').filter({ hasText: 'one-bad-record.json' })).toContainText('failed: 1 errors');

  await page.getByRole('link', { name: 'Inventory' }).click();
  await expect(page.getByText(/connections match/)).toHaveText(new RegExp(`^${before}`));
});
