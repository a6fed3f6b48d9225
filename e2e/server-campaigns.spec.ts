import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.server.config';
import { apiPost, signIn } from './support/serverSession';

/** A campaign against the real server and database: a CoE lead (a real account) starts it and sees it move. */

const rows = (page: Page) => page.getByRole('table').first().locator('tbody tr');

test('a CoE lead starts a campaign; resolving one of its findings moves its progress, kept by the server', async ({ browser, page: admin }) => {
  // Three accounts sign in and the board is loaded twice over the real database: slower than one page's journey.
  test.slow();
  await signIn(admin, 'admin', E2E_ADMIN_PASSWORD);
  expect(await apiPost(admin, '/users', { username: 'lea.lead', displayName: 'Lea Lead', role: 'coe_lead', password: 'lead-password-12' })).toBe(200);
  expect(await apiPost(admin, '/users', { username: 'ana.campaign', displayName: 'Ana Campaign', role: 'analyst', password: 'analyst-password-1' })).toBe(200);
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, 'lea.lead', 'lead-password-12', 'Lea Lead');

  await lead.goto('/findings?severity=high&platform=power_platform');
  await expect(rows(lead).first()).toBeVisible();
  await lead.getByRole('link', { name: 'Start a campaign from this filter' }).click();
  const form = lead.getByRole('form', { name: 'New campaign' });
  await expect(form.getByLabel('Owner (user id)')).toHaveValue('u-lea.lead');
  const preview = form.getByText(/^This campaign will include \d+ findings?\.$/);
  await expect(preview).toBeVisible();
  const total = Number((await preview.textContent())!.match(/\d+/)![0]);
  await form.getByLabel('Campaign name').fill('High Power Platform findings');
  await form.getByRole('button', { name: 'Start campaign' }).click();
  const card = lead.getByRole('listitem', { name: 'High Power Platform findings' });
  await expect(card.getByText(`0 of ${total} resolved (0%)`)).toBeVisible();
  // The board's open count (and with it the burndown's "open now") is the server's, over every finding.
  const openBefore = Number((await lead.getByText(/^\d+ open findings, \d+ past their due date\.$/).textContent())!.match(/^\d+/)![0]);
  await expect(card.getByText('Lea Lead')).toBeVisible();

  await card.getByRole('link', { name: /in the queue/ }).click();
  // The remediation page's own tables are still there for a moment: wait for the queue's rows (they have a state).
  await expect(lead).toHaveURL(/\/findings\?/);
  await expect(rows(lead).first().getByRole('combobox')).toBeVisible();
  const states = await rows(lead).locator('select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
  const i = states.indexOf('open');
  expect(i).toBeGreaterThanOrEqual(0);
  await rows(lead).nth(i).getByRole('combobox').selectOption('resolved');
  await expect(rows(lead).nth(i).getByRole('combobox')).toHaveValue('resolved');

  // A fresh load: the campaign and the triage came back from the database.
  await lead.goto('/remediation');
  await expect(card.getByText(`1 of ${total} resolved (${Math.floor(100 / total)}%)`)).toBeVisible();
  await expect(lead.getByText(new RegExp(`^${openBefore - 1} open findings, \\d+ past their due date\\.$`))).toBeVisible();

  // An analyst sees the campaign but is offered no form, and the server refuses the write anyway.
  const analyst = await (await browser.newContext()).newPage();
  await signIn(analyst, 'ana.campaign', 'analyst-password-1', 'Ana Campaign');
  await analyst.goto('/remediation?severity=high');
  await expect(analyst.getByRole('listitem', { name: 'High Power Platform findings' })).toBeVisible();
  await expect(analyst.getByRole('form', { name: 'New campaign' })).toHaveCount(0);
  expect(await apiPost(analyst, '/campaigns', { name: 'Sneaky', filter: {}, ownerId: 'u-ana.campaign', targetDate: '2027-01-01' })).toBe(403);
});
