import type { Page } from '@playwright/test';

/**
 * Collects every console error, uncaught exception, failed request and HTTP error answer of a page, so a
 * journey fails on them instead of passing over a broken view. Assert the returned list is empty at the end.
 */
export function watchForErrors(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
  return problems;
}
