import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './support/watchForErrors';

/** Campaigns on the remediation board, against the mock API (signed in as the demo admin, a CoE lead and more). */
const rows = (page: Page) => page.getByRole('table').first().locator('tbody tr');

test('a CoE lead starts a campaign from the queue filter, resolves one of its findings, and the progress moves', async ({ page }) => {
  const problems = await watchForErrors(page);
  await page.goto('/findings?severity=critical');
  await expect(rows(page).first()).toBeVisible();
  await page.getByRole('link', { name: 'Start a campaign from this filter' }).click();

  const form = page.getByRole('form', { name: 'New campaign' });
  await expect(form.getByLabel('Severity')).toHaveValue('critical');
  const preview = form.getByText(/^This campaign will include \d+ findings\.$/);
  await expect(preview).toBeVisible();
  const total = Number((await preview.textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(1);
  await form.getByLabel('Campaign name').fill('Criticals before the audit');
  await form.getByLabel('Target date').fill('2027-03-31');
  await form.getByRole('button', { name: 'Start campaign' }).click();

  const card = page.getByRole('listitem', { name: 'Criticals before the audit' });
  await expect(card.getByText(`0 of ${total} resolved (0%)`)).toBeVisible();
  await expect(card.getByRole('progressbar', { name: 'Progress of Criticals before the audit' })).toHaveAttribute('max', String(total));
  await expect(card.getByText('2027-03-31')).toBeVisible();

  // The campaign's findings in the queue: resolve one that is still open.
  await card.getByRole('link', { name: 'Findings of Criticals before the audit in the queue' }).click();
  await expect(page).toHaveURL(/[?&]campaignId=/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing only the findings of campaign Criticals before the audit' })).toBeVisible();
  await expect(page.getByText(`${total} findings match`, { exact: true })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
  const states = await rows(page).locator('select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
  const i = states.indexOf('open');
  expect(i).toBeGreaterThanOrEqual(0);
  await rows(page).nth(i).getByRole('combobox').selectOption('resolved');
  await expect(rows(page).nth(i).getByRole('combobox')).toHaveValue('resolved');

  // Back on the board (in the app: the mock's findings live in this page), progress counts it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Remediation' }).click();
  await expect(card.getByText(`1 of ${total} resolved (${Math.floor(100 / total)}%)`)).toBeVisible();
  await expect(card.getByRole('progressbar')).toHaveAttribute('value', '1');
  expect(problems).toEqual([]);
});
