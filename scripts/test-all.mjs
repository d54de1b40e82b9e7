// `npm run test:all`: the whole suite in Chromium, Firefox and WebKit. Installs the Debian
// packages it needs when run as root on Debian/Ubuntu, starts Xvfb and WebKitWebDriver for
// WebKit, runs web-test-runner with BROWSERS=all, and stops what it started.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { installDebianPackages } from './debian-packages.mjs';
import { FIREFOX_PATH, MINIBROWSER_PATH, WEBKIT_DRIVER_PORT } from '../config/browsers.mjs';
import { findChromium } from './find-chromium.mjs';

const DISPLAY = ':99';
/** @type {[string, () => unknown][]} */
const needed = [
  ['chromium', () => findChromium()],
  ['firefox-esr', () => existsSync(FIREFOX_PATH)],
  ['webkit2gtk-driver', () => existsSync('/usr/bin/WebKitWebDriver') && existsSync(MINIBROWSER_PATH)],
  ['xvfb', () => existsSync('/usr/bin/Xvfb')],
];

installDebianPackages(
  needed.filter(([, present]) => !present()).map(([name]) => name),
  'Browsers for the three engines',
);

/** @type {import('node:child_process').ChildProcess[]} */
const started = [];
const stopAll = () => started.forEach((child) => child.kill('SIGTERM'));
process.on('exit', stopAll);

/** @param {string} command @param {string[]} args */
function start(command, args, env = process.env) {
  const child = spawn(command, args, { env, stdio: 'ignore' });
  started.push(child);
  return child;
}

async function waitForDriver() {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${WEBKIT_DRIVER_PORT}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${WEBKIT_DRIVER_PORT}`);
}

start('Xvfb', [DISPLAY, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
start('WebKitWebDriver', [`--port=${WEBKIT_DRIVER_PORT}`], { ...process.env, DISPLAY });
await waitForDriver();

execSync('npm run build && node scripts/pack-for-test.mjs', { stdio: 'inherit' });
const runner = spawn('npx', ['web-test-runner'], {
  stdio: 'inherit',
  env: { ...process.env, BROWSERS: 'all', DISPLAY },
});
runner.on('exit', (code) => {
  stopAll();
  process.exit(code ?? 1);
});
