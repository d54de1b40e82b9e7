// Makes sure a Chromium is there before the tests start. Test tools may not download
// browsers here, so on Debian/Ubuntu as root we install the distribution's package.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

if (!findChromium()) {
  if (!canApt) {
    console.error(
      'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y --no-install-recommends chromium) or set CHROME_PATH.',
    );
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (about 20 s)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq', { stdio: 'inherit', env });
  execSync('apt-get install -y -qq --no-install-recommends chromium', { stdio: 'inherit', env });
  if (!findChromium()) {
    console.error('apt-get finished but Chromium is still missing; set CHROME_PATH to a Chromium binary.');
    process.exit(1);
  }
}
console.log(`Using Chromium at ${findChromium()}`);
