import type { Page } from '@playwright/test';

/**
 * An import can pass its progress bars in milliseconds, too fast to catch by polling: a MutationObserver notes
 * the label of every bar the import form draws, in order. Read the list with `progressBarsSeen`.
 */
export async function recordProgressBars(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('.import-form progress')) {
        const label = bar.getAttribute('aria-label') ?? '';
        if (seen.at(-1) !== label) seen.push(label);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

export const progressBarsSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
