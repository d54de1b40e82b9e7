// Headless Chromium for the benchmarks (the machine's own; nothing is downloaded).
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';

// $CHROME_PATH or the usual install paths; the flags are the ones every script here uses (no
// sandbox as root; nothing but 127.0.0.1 resolves, so Chromium makes no DNS query).
export const CHROME_PATH = findChromium() ?? '/usr/bin/chromium';

export function launchBrowser(extraFlags = []) {
  return puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [...chromiumArgs, ...extraFlags],
  });
}

/** A `setup` for runPage: the page's CPU slowed `rate`× (4: Lighthouse's mobile profile). */
export const slowCpu = (rate) => async (page) => {
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
};

/**
 * Opens `url` and waits for the page to publish `window.benchResult` (or `benchError`).
 * A fresh browser context is a fresh renderer process with empty caches: nothing the
 * page's code or Intl data warmed up before survives, as for a reader's first visit.
 * `setup(page)` runs before the page loads, `finish(page)` once it has published its result.
 */
export async function runPage(browser, url, { fresh = false, setup, finish } = {}) {
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
    if (finish) await finish(page);
    return result;
  } finally {
    await (fresh ? context.close() : page.close());
  }
}
