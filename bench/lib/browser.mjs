// Headless Chromium for the benchmarks (Debian's package; nothing is downloaded).
import puppeteer from 'puppeteer-core';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

// The network is closed here: without these flags Chromium keeps trying Google hosts.
// The resolver rule makes every host but 127.0.0.1 unresolvable (zero DNS queries).
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export function launchBrowser(extraFlags = []) {
  return puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [...CHROME_FLAGS, ...extraFlags],
  });
}

/**
 * Opens `url` and waits for the page to publish `window.benchResult` (or `benchError`).
 * A fresh browser context is a fresh renderer process with empty caches: nothing the
 * page's code or Intl data warmed up before survives, as for a reader's first visit.
 */
export async function runPage(browser, url, { fresh = false, setup } = {}) {
  const context = fresh ? await browser.createBrowserContext() : browser.defaultBrowserContext();
  const page = await context.newPage();
  try {
    if (setup) await setup(page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchResult || window.benchError, {
      timeout: 120_000,
      polling: 50,
    });
    const { result, error } = await page.evaluate(() => ({
      result: window.benchResult,
      error: window.benchError,
    }));
    if (error) throw new Error(`${url}: ${error}`);
    return result;
  } finally {
    await (fresh ? context.close() : page.close());
  }
}
