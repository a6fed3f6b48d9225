import type { Page } from '@playwright/test';

/**
 * Collects every console error and warning, uncaught exception, failed request, HTTP error answer and breach of the page's CSP,
 * so a journey fails on them instead of passing over a broken view. Assert the returned list is empty at the end.
 */
export async function watchForErrors(page: Page) {
  const problems: string[] = [];
  // The browser reports a breach to the page (and to an operator's CSP reports) even when the script catches the
  // throw, and logs nothing then: the page writes it to its console, where the listener below hears it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} by ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '';
    // A reload tears down the layout worker while Chromium still loads its blob: script; that abort is the
    // browser cleaning up, not a failure the user could see.
    if (req.url().startsWith('blob:') && error === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${req.url()} ${error}`);
  });
  page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
  return problems;
}
