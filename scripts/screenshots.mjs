// Renders the README's pictures into docs/ with headless Chromium: left-to-right and
// right-to-left, light and dark. Run `npm run build` first. Chinese and Arabic need
// Debian's fonts-noto-cjk and fonts-noto-core (installed here when missing, as root).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { installDebianPackages } from './debian-packages.mjs';
import { serveDemo } from './serve-demo.mjs';

const SHOTS = [
  {
    file: 'docs/guide-en-light.png',
    attributes: 'operator="ooredoo" language="en" tab="phone"',
    theme: 'light',
  },
  {
    file: 'docs/guide-ar-dark.png',
    attributes: 'operator="ooredoo" language="ar" tab="online" theme="dark"',
    theme: 'dark',
  },
  {
    file: 'docs/guide-zh-light.png',
    attributes: 'operator="friendi" language="zh-Hans" tab="tips"',
    theme: 'light',
  },
  { file: 'docs/guide-en-dark.png', attributes: 'language="en" tab="store" theme="dark"', theme: 'dark' },
];

if (!existsSync('dist/oman-sim-renewal.js')) {
  console.error('dist/oman-sim-renewal.js is missing: run npm run build first.');
  process.exit(1);
}
const hasFonts = () =>
  /Noto Sans CJK/.test(execSync('fc-list', { encoding: 'utf8' })) &&
  /Noto (Sans|Naskh) Arabic/.test(execSync('fc-list', { encoding: 'utf8' }));
if (!hasFonts()) installDebianPackages(['fonts-noto-cjk', 'fonts-noto-core'], 'Chinese and Arabic fonts');

const server = await serveDemo(5299);
const browser = await puppeteerCore.launch({
  executablePath: findChromium(),
  headless: true,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 720, height: 900, deviceScaleFactor: 1 });
  for (const shot of SHOTS) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.theme }]);
    const background = shot.theme === 'dark' ? '#0d1117' : '#ffffff';
    await page.setContent(`<!doctype html><html><head>
      <script type="module" src="http://127.0.0.1:${server.port}/dist/oman-sim-renewal.js"></script>
      <style>body { margin: 0; padding: 16px; background: ${background}; font-family: 'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans Arabic', sans-serif; }</style>
      </head><body><oman-sim-renewal ${shot.attributes}></oman-sim-renewal></body></html>`);
    await page.waitForFunction(() =>
      document.querySelector('oman-sim-renewal')?.shadowRoot?.querySelector('[role="tab"]'),
    );
    await page.evaluate(() => document.fonts.ready);
    const element = await page.$('oman-sim-renewal');
    await element.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await browser.close();
  server.close();
}
