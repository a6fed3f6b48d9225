import { expect, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.server.config';

/** Against the real server (playwright.server.config.ts): sign in, triage, reload, and find the change stored. */
test('an analyst signs in, triages a finding, and the change and its audit entry persist', async ({ page }) => {
  await page.goto('/findings?sort=-riskScore');
  // No session yet: the first 401 sends the user to sign in, remembering where they were going.
  await expect(page).toHaveURL(/\/login\?next=%2Ffindings/);
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
  await page.getByLabel('Password').fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await expect(page.getByLabel('Signed in as')).toHaveText('Administrator · admin');
  const state = page.getByRole('table').getByRole('combobox').first();
  await expect(state).toHaveValue('open');
  const label = (await state.getAttribute('id'))!;
  const name = await page.locator(`label[for="${label}"]`).textContent();
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/v1/findings/'));
  await state.selectOption('in_progress');
  const response = await saved;
  expect(response.status()).toBe(200);
  const { finding } = (await response.json()) as { finding: { id: string } };

  await page.reload();
  await expect(page.getByRole('combobox', { name: name! })).toHaveValue('in_progress');
  const detail = await page.request.get(`/api/v1/findings/${encodeURIComponent(finding.id)}`);
  const { events } = (await detail.json()) as { events: { action: string; actor: string; after: { state?: string } }[] };
  expect(events.at(-1)).toMatchObject({ action: 'state_changed', actor: 'admin', after: { state: 'in_progress' } });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
});
