// A web-test-runner command that turns forced colours (Windows High Contrast) on or off.
// @web/test-runner-commands' emulateMedia has a forcedColors option but only passes it to
// Playwright; puppeteer's emulateMediaFeatures rejects the feature. Chromium's DevTools
// protocol has it: Emulation.setEmulatedMedia. Other browsers: the command fails and the
// test skips itself. The DevTools session stays open: closing it drops the emulation.
/** @returns {import('@web/test-runner').TestRunnerPlugin<{ active?: boolean } | undefined>} */
export function forcedColorsPlugin() {
  /** @type {WeakMap<import('puppeteer-core').Page, import('puppeteer-core').CDPSession>} */
  const sessions = new WeakMap();
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || !/^Chrom/.test(session.browser.name)) {
        throw new Error(`forced colours are not supported in ${session.browser.name}`);
      }
      const page = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser).getPage(
        session.id,
      );
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page)?.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
