// Finds the browser the e2e tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium.
// Playwright's own browser download does not work on machines without internet, so we never use it.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

export function findChromium() {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/**
 * Playwright starts Chromium with a `--disable-features` list of its own, and Chromium keeps only the last such
 * switch (checked: a second one re-enabled what the first disabled). Ours comes last, so it repeats Playwright's
 * list; scripts/chromium.test.ts holds this copy to the installed Playwright's.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The browser's own address-bar popup: Chromium loads it (a WebUI page, about 150 scripts, in a renderer process of
 * its own) in every new window, and every fresh browser context Playwright opens is a new window. On a two-core
 * machine that work ran beside each page the tests and the bench open, and took the CPU the page needed: the
 * explorer's first draw was 1.76-1.90 s with it and 1.06 s without (median of 6 loads each, same hour). A headless
 * run never shows the popup; a user's browser has loaded it long before they open the app.
 */
const BROWSER_UI_FEATURES_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

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
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES_OFF].join(',')}`,
];
