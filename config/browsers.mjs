// The browsers web-test-runner launches. BROWSERS=chromium (default) for `npm test`;
// BROWSERS=all (or a comma list: chromium,firefox,webkit) for `npm run test:all`.
// Firefox and WebKit come from Debian packages (firefox-esr; webkit2gtk-driver + the
// MiniBrowser of libwebkit2gtk-4.1 under Xvfb), driven without downloading anything.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_DRIVER_PORT = 4444;

// WebKitGTK's own capability, unknown to WebdriverIO's types.
const webkitCapabilities = {
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
};

/** @type {Record<string, () => import('@web/test-runner').BrowserLauncher>} */
const launchers = {
  chromium: () =>
    chromeLauncher({
      // gc and precise heap figures for test/element/leaks.test.ts
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    }),
  // Puppeteer drives Debian's Firefox over WebDriver BiDi (no geckodriver needed).
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
    }),
  // WebKitWebDriver must already listen on WEBKIT_DRIVER_PORT (scripts/test-all.mjs starts it).
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: WEBKIT_DRIVER_PORT,
      capabilities: webkitCapabilities,
    }),
};

export function selectedBrowsers(value = process.env.BROWSERS || 'chromium') {
  const names = value === 'all' ? Object.keys(launchers) : value.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!launchers[name])
      throw new Error(`Unknown browser "${name}"; use ${Object.keys(launchers).join(', ')} or all.`);
  }
  return names;
}

export const browserLaunchers = (names = selectedBrowsers()) => names.map((name) => launchers[name]());
