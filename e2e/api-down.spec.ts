import { expect, test } from '@playwright/test';

test('when the API cannot be reached a banner says so, and it goes once the API answers again', async ({ page }) => {
  await page.goto('/inventory');
  await expect(page.getByText(/connections match/)).toBeVisible();

  // The mock API answers inside the page's service worker, which page.route cannot see. Bypassing the worker
  // sends /api requests to the network, where the route aborts them as an unreachable API would.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.getByRole('link', { name: 'Findings' }).click();
  const banner = page.getByRole('alert').filter({ hasText: "Can't reach the Sharegraph API — retrying…" });
  // The view's own requests retry twice first (1 s, then 2 s), then the health check confirms.
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner.getByRole('button', { name: 'Retry' })).toBeVisible();

  await page.unroute('**/api/**');
  await cdp.send('Network.setBypassServiceWorker', { bypass: false });
  // No click: the banner keeps checking by itself, and the failed view loads again once the API answers.
  await expect(banner).toBeHidden({ timeout: 15_000 });
  await expect(page.getByText(/findings match$/)).toBeVisible();
});
