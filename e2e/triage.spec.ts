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

test('filters overdue findings, groups them by rule, and saves the view for after a reload', async ({ page }) => {
  await page.goto('/findings');
  const matching = page.getByText(/^\d+ findings match$/);
  // The demo data is fresh, so nothing is late yet: give the critical findings a due date in the past.
  await page.getByLabel('Severity').selectOption('critical');
  await expect(page).toHaveURL(/severity=critical/);
  await expect(page.getByRole('button', { name: /^Select all \d+ matching$/ })).toBeVisible();
  const total = Number((await matching.textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThan(1);
  await page.getByRole('button', { name: `Select all ${total} matching` }).click();
  const bulk = page.getByRole('form', { name: 'Bulk actions' });
  await bulk.getByLabel('Set due date').fill('2020-01-31');
  await bulk.getByRole('button', { name: `Apply to ${total}` }).click();
  await expect(page.getByRole('status', { name: 'Last action' })).toHaveText(`Updated ${total} of ${total} findings (${total} audit entries)`);

  await page.getByLabel('Severity').selectOption('');
  await page.getByLabel('SLA status').selectOption('overdue');
  await expect(page).toHaveURL(/sla=overdue/);
  await expect(matching).toHaveText(`${total} findings match`);
  await page.getByLabel('Group by').selectOption('rule');
  await expect(page).toHaveURL(/groupBy=rule/);
  const groups = page.getByRole('rowgroup', { name: /\d+ findings?$/ });
  await expect(groups.first()).toBeVisible();
  const names = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('aria-labelledby')).map((id) => document.getElementById(id!)!.textContent!));
  expect(names.reduce((n, name) => n + Number(/(\d+) findings?$/.exec(name)![1]), 0)).toBe(total);
  // The keyboard still walks the queue, group by group.
  await page.keyboard.press('j');
  await expect(groups.first().getByRole('row').nth(1)).toHaveAttribute('aria-current', 'true');

  // A hostile name is kept and shown as text.
  const name = 'Overdue <b>by rule</b>';
  await page.getByLabel('View name').fill(name);
  await page.getByRole('button', { name: 'Save view' }).click();
  const saved = page.getByRole('list', { name: 'Your saved views' });
  await expect(saved.getByRole('button', { name: `Apply view ${name}` })).toHaveText(name);

  // A new page load starts from an unfiltered queue (and fresh demo data); the view is still there.
  await page.goto('/findings');
  await expect(page.getByLabel('SLA status')).toHaveValue('');
  await saved.getByRole('button', { name: `Apply view ${name}` }).click();
  await expect(page).toHaveURL(/sla=overdue/);
  await expect(page).toHaveURL(/groupBy=rule/);
  await expect(page.getByLabel('SLA status')).toHaveValue('overdue');
  await expect(page.getByLabel('Group by')).toHaveValue('rule');
  await expect(matching).toHaveText('0 findings match');

  await saved.getByRole('button', { name: `Delete view ${name}` }).click();
  await expect(page.getByRole('button', { name: `Apply view ${name}` })).toBeHidden();
});
