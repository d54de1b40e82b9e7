import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { browserLaunchers } from './config/browsers.mjs';
import { countReporter } from './config/count-reporter.mjs';
import { forcedColorsPlugin } from './config/forced-colors-plugin.mjs';

import { STRICT_CSP, TEST_NONCE, withStyleNonce } from './test/support/csp-policy.mjs';

/** The policy README gives strict sites, for the pages test/built/csp.test.ts loads. */
const cspFor = (/** @type {string} */ path) =>
  path.includes('old-safari') ? withStyleNonce(STRICT_CSP, TEST_NONCE) : STRICT_CSP;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  // `npm run test:unit` (`--group unit`) needs no build; `built` needs npm run build first.
  // Declared only for --group: with groups, a plain run or a file named on the command line
  // would run every group.
  groups: process.argv.includes('--group')
    ? [
        { name: 'unit', files: 'test/unit/**/*.test.ts' },
        { name: 'element', files: 'test/element/**/*.test.ts' },
        { name: 'built', files: 'test/built/**/*.test.ts' },
      ]
    : [],
  // Tests import Lit's development build: its warnings catch mistakes the build hides.
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    forcedColorsPlugin(),
  ],
  browsers: browserLaunchers(),
  // The built file is fetched cross-origin in test/built/dist.test.ts, as a CDN would serve it.
  middleware: [
    // The guide prerendered in Node (prerender/render.mjs, on the built lib/), for the tests of
    // what readers without the script see: /prerendered?operator=ooredoo&language=zh-Hans
    async (context, next) => {
      if (context.path !== '/prerendered') return next();
      const { renderGuide } = await import('./prerender/render.mjs');
      const query = Object.fromEntries(new URLSearchParams(context.querystring));
      context.type = 'text/html';
      context.body = renderGuide(query, { shadow: query.form !== 'plain', plain: query.form !== 'shadow' });
    },
    async (context, next) => {
      await next();
      if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
      if (context.path.startsWith('/test/pages/csp'))
        context.set('Content-Security-Policy', cspFor(context.path));
    },
  ],
  // Lit's dev build announces itself on every page; its useful warnings stay on.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en"><body>
      <script>window.litIssuedWarnings = new Set(['dev-mode']);</script>
      <script type="module" src="${testFramework}"></script>
    </body></html>`,
  concurrency: 1,
  // Sized for the slowest engine on a busy 2-core CI machine: WebKit's axe runs took over
  // 5 s there. A passing test still finishes as fast as it can.
  testFramework: { config: { timeout: 30_000 } },
  testsFinishTimeout: 600_000,
  browserStartTimeout: 120_000,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
