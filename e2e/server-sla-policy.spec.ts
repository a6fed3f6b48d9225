import { expect, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.server.config';
import { apiCall as api, signIn } from './support/serverSession';

/** The SLA policy against the real server and database: a CoE lead edits it, a viewer only reads it. */
const DAY = 86_400_000;

type Finding = { id: string; dueAt: string | null; firstSeenAt: string };
type Policy = { critical: number; high: number; medium: number; low: number; version: number };

test('a CoE lead shortens the critical SLA on the server; the due date moves and stays; a viewer cannot change it', async ({ browser, page: admin }) => {
  // Three signed-in browsers and two full loads of the remediation board on a shared machine.
  test.setTimeout(120_000);
  await signIn(admin, 'admin', E2E_ADMIN_PASSWORD);
  for (const [username, role] of [['sla.lead', 'coe_lead'], ['sla.viewer', 'viewer']]) {
    expect(await api(admin, 'POST', '/users', { username, displayName: username, role, password: 'sla-password-1' })).toBe(200);
  }
  const start = await (await admin.request.get('/api/v1/policy/sla')).json() as Policy;
  try {
    const viewer = await (await browser.newContext()).newPage();
    await signIn(viewer, 'sla.viewer', 'sla-password-1');
    await viewer.goto('/remediation');
    const readOnly = viewer.getByRole('region', { name: 'SLA policy' });
    await expect(readOnly.getByRole('row', { name: `Critical ${start.critical}` })).toBeVisible({ timeout: 15_000 });
    await expect(readOnly.getByRole('spinbutton')).toHaveCount(0);
    expect(await api(viewer, 'PUT', '/policy/sla', { ...start, critical: 1 })).toBe(403);

    // A critical finding whose due date the policy set (first seen + the critical days).
    const { items } = await (await admin.request.get('/api/v1/findings?severity=critical&state=open&limit=100')).json() as { items: Finding[] };
    const target = items.find((f) => f.dueAt && Date.parse(f.dueAt) - Date.parse(f.firstSeenAt) === start.critical * DAY)!;
    expect(target).toBeDefined();

    const lead = await (await browser.newContext()).newPage();
    await signIn(lead, 'sla.lead', 'sla-password-1');
    await lead.goto('/remediation');
    const panel = lead.getByRole('region', { name: 'SLA policy' });
    await panel.getByRole('spinbutton', { name: 'Critical (days)' }).fill('2');
    await panel.getByRole('button', { name: 'Save SLA policy' }).click();
    await expect(panel.getByRole('status')).toHaveText(/^Saved\./);
    await expect(panel).toContainText('Changed by sla.lead on');

    const moved = await (await lead.request.get(`/api/v1/findings/${encodeURIComponent(target.id)}`)).json() as { finding: Finding };
    expect(moved.finding.dueAt).toBe(new Date(Date.parse(target.firstSeenAt) + 2 * DAY).toISOString());
    await lead.reload();
    await expect(panel.getByRole('spinbutton', { name: 'Critical (days)' })).toHaveValue('2', { timeout: 15_000 });
  } finally {
    // The other server journeys share this database: leave the policy as they expect it.
    const now = await (await admin.request.get('/api/v1/policy/sla')).json() as Policy;
    expect(await api(admin, 'PUT', '/policy/sla', { ...now, critical: start.critical, high: start.high, medium: start.medium, low: start.low })).toBe(200);
  }
});
