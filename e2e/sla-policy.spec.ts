import { expect, test, type Page } from '@playwright/test';
import { watchForErrors } from './support/watchForErrors';

/**
 * A CoE lead (the mock's demo admin, who holds every CoE lead right) shortens the SLA for critical findings;
 * the due dates the policy set move with it. The demo's findings were all first seen at page load, so none is
 * overdue yet: the due date itself, and the "due soon" count, are what a shorter SLA visibly changes.
 */
const DAY = 86_400_000;
const day = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: '2-digit', timeZone: 'UTC' }).format(new Date(Date.now() + offsetDays * DAY));

const firstRow = (page: Page) => page.getByRole('table').first().locator('tbody tr').first();
const matching = async (page: Page) => Number((await page.getByText(/findings match$/).textContent())!.replace(/\D/g, ''));

test('a CoE lead shortens the critical SLA and the due dates follow', async ({ page }) => {
  // Five full loads of the in-browser mock (each generates the demo data) on a shared machine.
  test.setTimeout(120_000);
  const problems = await watchForErrors(page);
  await page.goto('/findings?sla=due_soon');
  // The first load generates the demo data in the browser: slower than any later step.
  await expect(page.getByText(/findings match$/)).toBeVisible({ timeout: 20_000 });
  const dueSoonBefore = await matching(page);

  await page.goto('/findings?severity=critical');
  await expect(firstRow(page)).toContainText(day(7), { timeout: 20_000 });
  await page.getByRole('link', { name: 'Remediation' }).click();
  const panel = page.getByRole('region', { name: 'SLA policy' });
  await expect(panel.getByRole('spinbutton', { name: 'Critical (days)' })).toHaveValue('7', { timeout: 20_000 });

  // Out of order first: the server's message shows beside the field and nothing is saved.
  await panel.getByRole('spinbutton', { name: 'Low (days)' }).fill('60');
  await panel.getByRole('button', { name: 'Save SLA policy' }).click();
  await expect(panel.getByText('At least as long as medium (90 days)')).toBeVisible({ timeout: 10_000 });
  await expect(panel.getByRole('spinbutton', { name: 'Low (days)' })).toHaveAttribute('aria-invalid', 'true');

  await panel.getByRole('spinbutton', { name: 'Low (days)' }).fill('180');
  await panel.getByRole('spinbutton', { name: 'Critical (days)' }).fill('1');
  await panel.getByRole('spinbutton', { name: 'High (days)' }).fill('5');
  await panel.getByRole('button', { name: 'Save SLA policy' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^Saved\./, { timeout: 10_000 });
  await expect(panel).toContainText('Changed by demo on');

  // Back in the queue (the same app session: its cached pages were invalidated by the save).
  await page.goBack();
  await expect(page).toHaveURL(/severity=critical/);
  await expect(firstRow(page)).toContainText(day(1), { timeout: 10_000 });
  await page.goto('/findings?sla=due_soon');
  await expect(page.getByText(/findings match$/)).toBeVisible({ timeout: 20_000 });
  // High findings (now 5 days) join the critical ones as due soon.
  expect(await matching(page)).toBeGreaterThan(dueSoonBefore);

  // The policy is kept across a reload, and governs the findings loaded with it.
  await page.goto('/findings?severity=critical');
  await expect(firstRow(page)).toContainText(day(1), { timeout: 20_000 });
  await page.goto('/remediation');
  await expect(page.getByRole('region', { name: 'SLA policy' }).getByRole('spinbutton', { name: 'High (days)' })).toHaveValue('5', { timeout: 20_000 });
  // The one refusal this journey asks for (and the browser's console line about it) is expected; nothing else.
  expect(problems.filter((p) => !/\b422\b/.test(p))).toEqual([]);
});
