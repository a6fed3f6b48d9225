import { expect, test, type Page } from '@playwright/test';

/** The findings queue against the mock API (fresh in-memory data per page load). */
const rows = (page: Page) => page.getByRole('table').first().locator('tbody tr');
const stateOf = (page: Page, i: number) => rows(page).nth(i).getByRole('combobox');

test('an analyst triages three findings with the keyboard only', async ({ page }) => {
  await page.goto('/findings?state=all');
  await expect(rows(page).first()).toBeVisible();
  await expect(stateOf(page, 0)).toHaveValue('open');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.keyboard.press('j');
  await expect(rows(page).nth(0)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('s');
  await expect(stateOf(page, 0)).toHaveValue('in_progress');
  await page.keyboard.press('j');
  await page.keyboard.press('r');
  await expect(stateOf(page, 1)).toHaveValue('resolved');
  await page.keyboard.press('j');
  await page.keyboard.press('a');
  await expect(rows(page).nth(2).getByRole('cell').nth(5)).toHaveText('demo');
  await page.keyboard.press('k');
  await expect(rows(page).nth(1)).toHaveAttribute('aria-current', 'true');

  // Enter opens the selected finding beside the queue, in the URL; its timeline records the change.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]open=/);
  const panel = page.getByRole('complementary', { name: 'Finding details' });
  await expect(panel.getByRole('list', { name: 'Timeline' })).toContainText('state: open → resolved');
  await expect(panel.getByRole('list', { name: 'Timeline' })).toContainText('by demo');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('accepting a risk requires a justification and an expiry date', async ({ page }) => {
  await page.goto('/findings');
  await rows(page).first().getByRole('button').first().click();
  const panel = page.getByRole('complementary', { name: 'Finding details' });
  await panel.getByLabel('Triage state').selectOption('risk_accepted');
  await panel.getByRole('button', { name: 'Save' }).click();
  // The form refuses to send it without a justification (and the API would answer 400 anyway).
  await expect(panel.getByLabel('Justification')).toBeFocused();
  await expect(panel.getByText('version 1')).toBeVisible();
  await panel.getByLabel('Justification').fill('Compensating control: network isolated <script>alert(1)</script>');
  await panel.getByLabel('Accepted until').fill('2030-01-31');
  await panel.getByRole('button', { name: 'Save' }).click();
  const timeline = panel.getByRole('list', { name: 'Timeline' });
  await expect(timeline).toContainText('state: open → risk_accepted');
  await expect(timeline).toContainText('justification: — → Compensating control: network isolated <script>alert(1)</script>');
  await expect(panel.getByText('version 2')).toBeVisible();
});

test('bulk-assigns every finding matching a filter, with a summary', async ({ page }) => {
  await page.goto('/findings');
  const matching = page.getByText(/^\d+ findings match$/);
  const unfiltered = (await matching.textContent())!;
  await page.getByLabel('Severity').selectOption('high');
  await expect(page).toHaveURL(/severity=high/);
  await expect(matching).not.toHaveText(unfiltered);
  const total = Number((await matching.textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThan(1);
  await page.getByRole('button', { name: `Select all ${total} matching` }).click();
  const bulk = page.getByRole('form', { name: 'Bulk actions' });
  await bulk.getByLabel('Assign to').fill('bulk.analyst');
  await bulk.getByRole('button', { name: `Apply to ${total}` }).click();
  await expect(page.getByRole('status', { name: 'Last action' })).toHaveText(`Updated ${total} of ${total} findings (${total} audit entries)`);
  await page.getByLabel('Assignee', { exact: true }).fill('bulk.analyst');
  await expect(matching).toHaveText(`${total} findings match`);
  await page.getByLabel('Severity').selectOption('');
  await expect(matching).toHaveText(`${total} findings match`);
});
