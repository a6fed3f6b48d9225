import { expect, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.server.config';
import { signIn } from './support/serverSession';
import { watchForErrors } from './support/watchForErrors';

/**
 * The explorer against the real server, where its answer is asked for before the app's code runs (the boot script)
 * and is in hand at the first render: what lists the answer must still not hold back the drawing's first frame.
 */
test("the drawing's first frame does not wait for the answer's tables: they follow it", async ({ page }) => {
  await signIn(page, 'admin', E2E_ADMIN_PASSWORD, 'Administrator');
  // Signing in lands on the overview, whose charts may still be loading: leave it before listening for failed requests.
  await page.goto('about:blank');
  // At the first WebGL draw with instances in it, note whether the table twin was already on the page.
  await page.addInitScript(() => {
    const gl = WebGL2RenderingContext.prototype;
    for (const name of ['drawArraysInstanced', 'drawElementsInstanced'] as const) {
      const original = gl[name] as (...args: number[]) => void;
      gl[name] = function (this: WebGL2RenderingContext, ...args: number[]) {
        const w = window as unknown as { twinAtFirstDraw?: boolean };
        if (w.twinAtFirstDraw === undefined && (args[args.length - 1] ?? 0) > 0) w.twinAtFirstDraw = document.getElementById('graph-twin-title') !== null;
        return original.apply(this, args);
      } as never;
    }
  });
  const problems = await watchForErrors(page);
  await page.goto('/graph');
  await expect(page.getByRole('region', { name: 'What the graph shows' }).getByRole('table').first()).toBeVisible({ timeout: 20_000 });
  expect(await page.evaluate(() => (window as unknown as { twinAtFirstDraw?: boolean }).twinAtFirstDraw)).toBe(false);
  expect(problems).toEqual([]);
});
