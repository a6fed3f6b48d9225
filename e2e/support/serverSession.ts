import { expect, type Page } from '@playwright/test';

/** Signs in through the login page of the real server and waits until the header names the user. */
export async function signIn(page: Page, username: string, password: string, shownAs = username) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Signed in as')).toContainText(shownAs, { timeout: 20_000 });
}

/** A state-changing API call from the signed-in page, with the CSRF token the app would send; answers the status. */
export function apiCall(page: Page, method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown) {
  return page.evaluate(async ([m, p, b]) => {
    const csrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('sg_csrf='))?.slice(8) ?? '');
    const res = await fetch(`/api/v1${p}`, { method: m, headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(b) });
    return res.status;
  }, [method, path, body] as const);
}

export const apiPost = (page: Page, path: string, body: unknown) => apiCall(page, 'POST', path, body);
