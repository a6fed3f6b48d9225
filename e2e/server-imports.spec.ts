import { expect, test } from '@playwright/test';
import { generateInventory } from '../src/domain';
import { E2E_ADMIN_PASSWORD } from '../playwright.server.config';
import { progressBarsSeen, recordProgressBars } from './support/progressBars';

/**
 * Against the real server (playwright.server.config.ts). It re-imports the demo inventory the server starts
 * with, so the triage journeys sharing this server still find the findings they expect.
 */
test('an import on the server shows the report, and the history lists it after a fresh visit', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Signed in as')).toContainText('admin');

  await page.goto('/imports');
  await expect(page.getByRole('heading', { name: 'Load an inventory' })).toBeVisible();
  await recordProgressBars(page);
  const file = { name: 'demo-reimport.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(generateInventory('demo'))) };
  await page.getByLabel('Inventory file').setInputFiles(file);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 299 connections', { timeout: 30_000 });
  await expect(page.getByRole('table', { name: 'Import report' }).getByRole('row', { name: /^Principals \d/ })).toBeVisible();
  // Over the network the file is sent with a determinate bar, then the server's step shows as indeterminate.
  const seen = await progressBarsSeen(page);
  expect(seen).toEqual(expect.arrayContaining(['Upload', 'Processing on the server']));
  expect(seen.indexOf('Upload')).toBeLessThan(seen.indexOf('Processing on the server'));

  await page.goto('/imports');
  const history = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'File' }) });
  await expect(history.getByRole('row').filter({ hasText: 'demo-reimport.json' })).toContainText('299 connections');
});
