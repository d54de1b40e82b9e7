// Makes sure a Chromium is there before the tests start (CHROME_PATH, /usr/bin/chromium,
// …); installs Debian's package where it can, or says which command to run.
import { installDebianPackages } from './debian-packages.mjs';
import { findChromium } from './find-chromium.mjs';

if (!findChromium()) {
  installDebianPackages(['chromium'], 'Chromium (or set CHROME_PATH)');
  if (!findChromium()) {
    console.error('apt-get finished but Chromium is still missing; set CHROME_PATH to a Chromium binary.');
    process.exit(1);
  }
}
console.log(`Using Chromium at ${findChromium()}`);
