// Finds the browser the e2e tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium.
// Playwright's own browser download does not work on machines without internet, so we never use it.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

export function findChromium() {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/** Flags for a headless Chromium on a locked-down machine: no sandbox as root, no calls home, software WebGL. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
