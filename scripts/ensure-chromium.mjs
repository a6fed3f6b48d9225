// Makes sure a Chromium is there before the e2e tests start. As root on Debian it installs the distribution's
// package; anywhere else it says exactly what to install, instead of failing deep inside Playwright.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

let found = findChromium();
if (!found && process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get install -y chromium)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  found = findChromium();
}
if (!found) {
  console.error(
    'The end-to-end tests need Chromium and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  );
  process.exit(1);
}
console.log(`e2e browser: ${found}`);
