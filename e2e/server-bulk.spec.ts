import { expect, test } from '@playwright/test';
import { BULK_BASE, E2E_ADMIN_PASSWORD } from '../playwright.server.config';

/**
 * Bulk triage at size, against the real server that started on the m inventory (playwright.server.config.ts):
 * every finding matching a filter changes in one transaction, each gets its audit entry, and a reload shows it.
 */
test('bulk-assigns the 500+ findings matching a filter; each gets an audit entry and a reload shows them', async ({ page }) => {
  test.slow();
  await page.goto(`${BULK_BASE}/login`);
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Signed in as')).toContainText('admin');

  const filter = 'state=all&severity=high&platform=power_platform';
  await page.goto(`${BULK_BASE}/findings?${filter}`);
  const matching = page.getByText(/^[\d,]+ findings match$/);
  await expect(matching).toBeVisible({ timeout: 20_000 });
  const total = Number((await matching.textContent())!.split(' ')[0]!.replace(/,/g, ''));
  expect(total).toBeGreaterThanOrEqual(500);
  await page.getByRole('button', { name: new RegExp(`^Select all ${total.toLocaleString('en-GB')} matching$|^Select all ${total} matching$`) }).click();
  const bulk = page.getByRole('form', { name: 'Bulk actions' });
  await bulk.getByLabel('Assign to').fill('bulk.owner');
  await bulk.getByRole('button', { name: /^Apply to / }).click();
  await expect(page.getByRole('status', { name: 'Last action' })).toHaveText(`Updated ${total} of ${total} findings (${total} audit entries)`, { timeout: 30_000 });

  await page.goto(`${BULK_BASE}/findings?${filter}&assigneeId=bulk.owner`);
  await expect(matching).toHaveText(new RegExp(`^(${total}|${total.toLocaleString('en-GB')}) findings match$`), { timeout: 20_000 });
  // Nothing outside the filter was touched.
  const outside = await (await page.request.get(`${BULK_BASE}/api/v1/findings?state=open,in_progress,resolved,risk_accepted,false_positive&assigneeId=bulk.owner&limit=1`)).json() as { total: number };
  expect(outside.total).toBe(total);

  // The audit log in the database: one "assigned" entry per finding, by the admin.
  const ids: string[] = [];
  for (let cursor: string | null = ''; cursor !== null;) {
    const page1 = await (await page.request.get(`${BULK_BASE}/api/v1/findings?${filter.replace('state=all', 'state=open,in_progress,resolved,risk_accepted,false_positive')}&limit=500${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: { id: string }[]; nextCursor: string | null };
    ids.push(...page1.items.map((f) => f.id));
    cursor = page1.nextCursor;
  }
  expect(ids).toHaveLength(total);
  let entries = 0;
  for (const id of ids) {
    const { events } = await (await page.request.get(`${BULK_BASE}/api/v1/findings/${encodeURIComponent(id)}`)).json() as { events: { action: string; actor: string; after: { assigneeId?: string } }[] };
    entries += events.filter((e) => e.action === 'assigned' && e.actor === 'admin' && e.after.assigneeId === 'bulk.owner').length;
  }
  expect(entries).toBe(total);
});
