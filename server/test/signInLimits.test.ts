import { describe, expect, it } from 'vitest';
import { call } from '../../src/lib/apiClient';
import { ADMIN_PASSWORD, signedInServerForFile } from './harness';

// The production limit per account (10 a minute), not the harness's loose one; 25 per address instead of the
// default 60, so that spraying reaches it after a few attempts instead of forty (each sign-in hashes on purpose).
const PER_CLIENT = 25;
const server = signedInServerForFile({ loginRateLimit: undefined, loginRateLimitPerClient: PER_CLIENT });
const COLLEAGUE_PASSWORD = 'colleague-password-1';

/** A sign-in from this test's one address, as a browser would send it (CSRF cookie and header). */
async function signIn(username: string, password: string): Promise<number> {
  const res = await fetch(`${server().base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie: 'sg_csrf=x', 'x-csrf-token': 'x' },
    body: JSON.stringify({ username, password }),
  });

  return res.status;
}

describe('sign-in throttling', () => {
  it('lets a whole office behind one address sign in, stops guessing one password, then password spraying', async () => {
    const colleagues = Array.from({ length: 11 }, (_, i) => `colleague-${i}`);
    for (const username of colleagues) {
      await call('createUser', { body: { username, displayName: username, role: 'viewer', password: COLLEAGUE_PASSWORD } });
    }
    // Eleven colleagues in the same minute, from the same address: more than one account's allowance, all let in.
    const office = [];
    for (const username of colleagues) office.push(await signIn(username, COLLEAGUE_PASSWORD));
    expect(office).toEqual(colleagues.map(() => 200));

    // Guessing the admin's password: the admin signed in once already, so the 10th wrong guess is the 11th attempt.
    const guesses = [];
    for (let i = 0; i < 10; i++) guesses.push(await signIn('admin', `guess-number-${i}`));
    expect(guesses).toEqual([...Array(9).fill(401), 429]);
    // Even the right password waits out the minute; a colleague on the same address is not locked out with it.
    expect(await signIn('admin', ADMIN_PASSWORD)).toBe(429);
    expect(await signIn('colleague-0', COLLEAGUE_PASSWORD)).toBe(200);

    // One password tried on many accounts: each account's count stays low, the address's allowance runs out. So far
    // 1 + 11 + 10 + 2 = 24 attempts in this minute: the 25th is let through, every one after refused.
    const spray = [];
    for (let i = 0; i < 4; i++) spray.push(await signIn(`someone-${i}`, 'Winter2026!'));
    expect(spray).toEqual([401, 429, 429, 429]);
  }, 60_000);
});
