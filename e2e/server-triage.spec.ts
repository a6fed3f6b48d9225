import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.server.config';
import { apiPost, signIn } from './support/serverSession';

/** Triage against the real server and database (playwright.server.config.ts): concurrency and bulk edits. */

async function analyst(browser: Browser, admin: Page, username: string) {
  expect(await apiPost(admin, '/users', { username, displayName: username, role: 'analyst', password: 'analyst-password-1' })).toBe(200);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username, 'analyst-password-1');
  return page;
}

test('two analysts edit the same finding: the second sees the conflict, and nothing is lost', async ({ browser, page: admin }) => {
  await signIn(admin, 'admin', E2E_ADMIN_PASSWORD);
  const one = await analyst(browser, admin, 'ana.one');
  const two = await analyst(browser, admin, 'ana.two');
  const list = await (await one.request.get('/api/v1/findings?state=open&sort=riskScore&limit=1')).json() as { items: { id: string; version: number }[] };
  const { id, version } = list.items[0]!;

  for (const p of [one, two]) {
    await p.goto(`/findings?open=${encodeURIComponent(id)}`);
    await expect(p.getByRole('complementary', { name: 'Finding details' }).getByText(`version ${version}`)).toBeVisible();
  }
  const panelOne = one.getByRole('complementary', { name: 'Finding details' });
  await panelOne.getByLabel('Triage state').selectOption('in_progress');
  await panelOne.getByRole('button', { name: 'Save' }).click();
  await expect(panelOne.getByText(`version ${version + 1}`)).toBeVisible();

  // The second analyst still has the old version on screen.
  const panelTwo = two.getByRole('complementary', { name: 'Finding details' });
  await panelTwo.getByLabel('Assignee').fill('ana.two');
  await panelTwo.getByLabel('Comment').fill('I will take this one');
  await panelTwo.getByRole('button', { name: 'Save' }).click();
  const conflict = panelTwo.getByRole('alert').filter({ hasText: 'Someone else changed this finding' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('list', { name: 'What changed' })).toHaveText('state: open → in_progress');
  await conflict.getByRole('button', { name: 'Apply my change on top' }).click();
  await expect(panelTwo.getByText(`version ${version + 2}`)).toBeVisible();

  const { finding, events } = await (await two.request.get(`/api/v1/findings/${encodeURIComponent(id)}`)).json() as {
    finding: { state: string; assigneeId: string }; events: { action: string; actor: string; comment?: string }[];
  };
  expect(finding).toMatchObject({ state: 'in_progress', assigneeId: 'ana.two' });
  expect(events.slice(-3).map((e) => [e.action, e.actor])).toEqual([['state_changed', 'ana.one'], ['assigned', 'ana.two'], ['commented', 'ana.two']]);
  expect(events.at(-1)?.comment).toBe('I will take this one');
});
