import { expect, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.server.config';
import { earlyPaths } from '../src/lib/earlyRequests';
import { signIn } from './support/serverSession';
import { watchForErrors } from './support/watchForErrors';

/** The landing overview against the real server, which renders it before the app's code runs (server/http/landingPage.ts). */
type Snapshots = { items: { connections: number; postureScore: number }[] };

test('the overview arrives painted by the server, and the app takes over from its answers without asking again', async ({ page }) => {
  await signIn(page, 'admin', E2E_ADMIN_PASSWORD, 'Administrator');
  // Signing in lands on the overview, rendered by the app: it may still be asking for its data or loading its charts
  // (the load state does not wait for them: the page loaded before the sign-in). Leave it before listening, so none of
  // its requests, and none it has to abort, is counted below.
  await page.goto('about:blank');
  const problems = await watchForErrors(page);
  const asked: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/v1/')) asked.push(new URL(r.url()).pathname + new URL(r.url()).search); });

  const html = await (await page.request.get('/')).text();
  expect(html).toContain('<h1>Posture overview</h1>');
  await page.goto('/');
  const platform = page.getByLabel('Platform', { exact: true });
  await expect(page.getByRole('heading', { level: 2, name: 'Riskiest connections' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Every answer of the first paint came in the page: the app asked for none of them again.
  expect(asked.filter((p) => earlyPaths('/').includes(p))).toEqual([]);

  // The app is in charge now: a filter asks the API and lands in the URL.
  await platform.selectOption('zapier');
  await expect(page).toHaveURL(/platform=zapier/);
  await expect.poll(() => asked).toContain('/api/v1/connections?sort=-riskScore&limit=5&platform=zapier');
  // The server's markup broke no rule of the page's CSP (an inline style would be a console error) and nothing failed.
  expect(problems).toEqual([]);
});

test("with scripts off, a signed-in manager still reads the overview's figures, the same as the API's", async ({ browser, page }) => {
  await signIn(page, 'admin', E2E_ADMIN_PASSWORD, 'Administrator');
  const latest = ((await (await page.request.get('/api/v1/snapshots')).json()) as Snapshots).items.at(-1)!;
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const plain = await noScript.newPage();
    await plain.goto('/');
    await expect(plain.getByRole('heading', { level: 1, name: 'Posture overview' })).toBeVisible();
    await expect(plain.getByRole('group', { name: 'Connections' }).locator('.kpi-value')).toHaveText(latest.connections.toLocaleString('en-GB'));
    await expect(plain.locator('.posture-score .kpi-value')).toHaveText(String(latest.postureScore));
    await expect(plain.getByRole('region', { name: 'Riskiest connections' }).getByRole('link')).toHaveCount(5);
  } finally {
    await noScript.close();
  }
});
