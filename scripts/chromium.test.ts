import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES } from './chromium.mjs';

/**
 * The features the installed Playwright disables, read from its code: it passes them as one `--disable-features`
 * switch, which ours replaces (Chromium keeps the last), so ours must carry them all.
 */
function playwrightDisabledFeatures(): string[] {
  const require = createRequire(import.meta.url);
  const bundle = join(dirname(require.resolve('playwright-core/package.json')), 'lib', 'coreBundle.js');
  const code = readFileSync(bundle, 'utf8');
  const start = code.indexOf('disabledFeatures = [');
  if (start < 0) throw new Error(`Playwright's list of disabled Chromium features was not found in ${bundle}: read where it moved and update this test`);
  const list = code.slice(start, code.indexOf(']', start)).replace(/\/\/.*$/gm, '');
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('Chromium flags', () => {
  const disableSwitches = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='));
  const disabled = disableSwitches.flatMap((a) => a.slice('--disable-features='.length).split(','));

  it('disable features with one switch, since Chromium would keep only the last of several', () => {
    expect(disableSwitches).toHaveLength(1);
  });

  it("keep every feature the installed Playwright disables (ours replaces its switch)", () => {
    const playwright = playwrightDisabledFeatures();
    expect(playwright.length).toBeGreaterThan(5);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(playwright);
    for (const feature of playwright) expect(disabled).toContain(feature);
  });

  it('turn off the address-bar popup Chromium would load beside every page in every new context', () => {
    expect(disabled).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup']));
  });
});
