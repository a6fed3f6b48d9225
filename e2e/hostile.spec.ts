import { expect, test } from '@playwright/test';
import { generateInventory } from '../src/domain';
import { withHostileStrings } from '../src/domain/testing/hostile';

const VIEWS = [
  '/',
  '/findings',
  '/inventory',
  '/graph',
  '/graph?focus=c-dana-finance-sql',
  '/connections/c-dana-finance-sql',
  '/principals/p-dana-whitfield',
  '/apps/a-sales-forecast',
  '/remediation',
  '/imports',
];

test('hostile inventory strings render as inert text in every view', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  await page.goto('/imports');
  const hostile = JSON.stringify(withHostileStrings(generateInventory('demo')));
  await page.getByLabel('Inventory file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 299 connections');

  // The mock API lives in the page, so a full reload would re-seed it: move between views inside the app.
  const navigate = (path: string) =>
    page.evaluate((to) => {
      window.history.pushState({}, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  for (const path of VIEWS) {
    await navigate(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Heavy views (the WebGL renderer) load on demand; a busy machine can take a while.
    await expect(page.getByText(/^Loading /)).toHaveCount(0, { timeout: 20_000 });
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      injected: document.querySelectorAll('main script, main img[src="x"], main [onload], main [onerror]').length,
      jsLinks: [...document.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:')).length,
    }));
    expect({ path, ...state }).toEqual({ path, pwned: null, injected: 0, jsLinks: 0 });
    expect(new URL(page.url()).pathname).toBe(path.split('?')[0]);
  }
  // The payloads are on screen as text, which proves they reached the views at all.
  await navigate('/inventory');
  await expect(page.getByText('<script>window.__pwned = "script"</script>').first()).toBeVisible();
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
});
