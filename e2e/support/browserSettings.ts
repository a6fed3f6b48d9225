import type { PlaywrightTestConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

/**
 * What both Playwright configs (mock app and real server) share: one worker, no retries (a flaky test is a
 * bug to fix, not to hide), and Debian's Chromium with the flags this machine needs.
 */
export function sharedSettings(port: number): PlaywrightTestConfig {
  return {
    testDir: './e2e',
    fullyParallel: false,
    workers: 1,
    retries: 0,
    reporter: [['list']],
    use: {
      baseURL: `http://127.0.0.1:${port}`,
      browserName: 'chromium',
      launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
      trace: 'retain-on-failure',
    },
  };
}
