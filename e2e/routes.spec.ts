import { expect, test } from '@playwright/test';
import { watchForErrors } from './support/watchForErrors';

const PAGES: { path: string; heading: string | RegExp; data: RegExp }[] = [
  { path: '/', heading: 'Posture overview', data: /Posture score/ },
  { path: '/findings', heading: 'Findings', data: /\d+ findings/ },
  { path: '/inventory', heading: 'Connection inventory', data: /\d+ connections match/ },
  { path: '/graph', heading: 'Sharing graph', data: /Riskiest part of the graph: \d+ nodes/ },
  { path: '/remediation', heading: 'Remediation', data: /\d+ open findings/ },
  { path: '/imports', heading: 'Imports', data: /Load an inventory/ },
];

test.describe('every route renders data from the mock API', () => {
  for (const { path, heading, data } of PAGES) {
    test(`${path}`, async ({ page }) => {
      const problems = await watchForErrors(page);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByText(data).first()).toBeVisible();
      expect(problems).toEqual([]);
    });
  }

  test('drill-down from the inventory to a connection, its identity and an app', async ({ page }) => {
    const problems = await watchForErrors(page);
    await page.goto('/inventory?sort=-riskScore');
    const first = page.getByRole('table').getByRole('link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Who can act through it/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Findings \(\d+\)/ })).toBeVisible();

    const appLink = page.getByRole('region', { name: /Used by/ }).getByRole('link').first();
    if (await appLink.count()) {
      await appLink.click();
      await expect(page.getByRole('heading', { name: /Shared with/ })).toBeVisible();
      await page.goBack();
    }
    await page.getByRole('definition').getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: /Who can act as/ })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('filters live in the URL and survive a reload', async ({ page }) => {
    await page.goto('/inventory');
    await page.getByLabel('Platform', { exact: true }).selectOption('n8n');
    await expect(page).toHaveURL(/platform=n8n/);
    await page.reload();
    await expect(page.getByLabel('Platform', { exact: true })).toHaveValue('n8n');
    // The select shows the URL's value at once; the rows come with the answer, so wait for them before reading.
    const platforms = page.getByRole('table').locator('tbody tr td:nth-child(2)');
    await expect(platforms.first()).toBeVisible();
    await expect.poll(async () => [...new Set(await platforms.allTextContents())]).toEqual(['n8n']);
  });

  test('unknown paths show a not-found page inside the layout', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('an unknown connection says so and offers a retry', async ({ page }) => {
    await page.goto('/connections/does-not-exist');
    await expect(page.getByRole('alert')).toContainText('Connection not found');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});

test('the built app is served with a CSP that blocks inline script', async ({ page }) => {
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __inlineRan?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return w.__inlineRan === true;
  });
  expect(ran).toBe(false);
});
