// Renders the README's pictures into docs/ with headless Chromium: the guide inside a blog
// post styled by two real themes' own stylesheets (Pico 2 and Bootstrap 5, devDependencies
// used only here), on a phone and on a desktop, light and dark, in English, Simplified
// Chinese and Arabic. Run `npm run build` first. Chinese and Arabic need Debian's
// fonts-noto-cjk and fonts-noto-core (installed here when missing, as root).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { installDebianPackages } from './debian-packages.mjs';
import { serveDemo } from './serve-demo.mjs';

const PHONE = { width: 360, height: 780, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { width: 900, height: 900, deviceScaleFactor: 1 };
/** Each theme's stylesheet, as its package ships it, and the attribute that turns it dark. */
const THEME_CSS = {
  pico: { ltr: '@picocss/pico/css/pico.min.css', rtl: '@picocss/pico/css/pico.min.css' },
  bootstrap: { ltr: 'bootstrap/dist/css/bootstrap.min.css', rtl: 'bootstrap/dist/css/bootstrap.rtl.min.css' },
};
const DARK_ATTRIBUTE = { pico: 'data-theme="dark"', bootstrap: 'data-bs-theme="dark"' };

const SHOTS = [
  {
    file: 'docs/guide-en-phone-pico-light.png',
    device: PHONE,
    theme: 'pico',
    dark: false,
    lang: 'en',
    attributes: 'operator="ooredoo" tab="phone"',
  },
  {
    file: 'docs/guide-ar-phone-bootstrap-dark.png',
    device: PHONE,
    theme: 'bootstrap',
    dark: true,
    lang: 'ar',
    attributes: 'operator="ooredoo" tab="online"',
  },
  {
    file: 'docs/guide-zh-desktop-bootstrap-light.png',
    device: DESKTOP,
    theme: 'bootstrap',
    dark: false,
    lang: 'zh-Hans',
    attributes: 'operator="friendi" tab="tips"',
  },
  {
    file: 'docs/guide-en-desktop-pico-dark.png',
    device: DESKTOP,
    theme: 'pico',
    dark: true,
    lang: 'en',
    attributes: 'tab="store"',
  },
  // The reader abroad: what works from there, channel by channel.
  {
    file: 'docs/abroad-en-phone-pico-light.png',
    device: PHONE,
    theme: 'pico',
    dark: false,
    lang: 'en',
    attributes: 'operator="ooredoo" situation="abroad" tab="online"',
  },
  {
    file: 'docs/abroad-zh-phone-bootstrap-light.png',
    device: PHONE,
    theme: 'bootstrap',
    dark: false,
    lang: 'zh-Hans',
    attributes: 'operator="ooredoo" situation="abroad" tab="phone"',
  },
  {
    file: 'docs/abroad-ar-phone-pico-dark.png',
    device: PHONE,
    theme: 'pico',
    dark: true,
    lang: 'ar',
    attributes: 'operator="redbull" situation="abroad" tab="store"',
  },
  // A number that stopped working: one tap from the first screen, with an action.
  {
    file: 'docs/lapsed-en-phone-bootstrap-light.png',
    device: PHONE,
    theme: 'bootstrap',
    dark: false,
    lang: 'en',
    attributes: 'operator="vodafone"',
    openLapsed: true,
  },
  {
    file: 'docs/lapsed-zh-phone-pico-light.png',
    device: PHONE,
    theme: 'pico',
    dark: false,
    lang: 'zh-Hans',
    attributes: 'operator="ooredoo"',
    openLapsed: true,
  },
  // Codes and dates inside Arabic text: the copy result and the opened sources list.
  {
    file: 'docs/ar-copy-and-sources-phone.png',
    device: PHONE,
    theme: 'bootstrap',
    dark: false,
    lang: 'ar',
    attributes: 'operator="ooredoo" tab="phone"',
    copyCodeAndOpenSources: true,
  },
];

/** A blog post around the guide, in the page's language, as a blogger would write it. */
const POSTS = {
  en: {
    title: 'Keeping my Omani number',
    before: 'I top up my Omani SIM from abroad. Here is how, for every operator:',
    after: 'That is all it takes.',
  },
  'zh-Hans': {
    title: '阿曼手机号保号攻略',
    before: '我在国外也要给阿曼的SIM卡充值。各家运营商的方法如下：',
    after: '就是这么简单。',
  },
  ar: {
    title: 'كيف أحافظ على رقمي العُماني',
    before: 'أشحن شريحتي العُمانية من الخارج. إليك الطريقة لكل مشغّل:',
    after: 'هذا كل ما في الأمر.',
  },
};

if (!existsSync('dist/oman-sim-renewal.js')) {
  console.error('dist/oman-sim-renewal.js is missing: run npm run build first.');
  process.exit(1);
}
const hasFonts = () =>
  /Noto Sans CJK/.test(execSync('fc-list', { encoding: 'utf8' })) &&
  /Noto (Sans|Naskh) Arabic/.test(execSync('fc-list', { encoding: 'utf8' }));
if (!hasFonts()) installDebianPackages(['fonts-noto-cjk', 'fonts-noto-core'], 'Chinese and Arabic fonts');

const require = createRequire(import.meta.url);
/**
 * @param {'pico' | 'bootstrap'} name
 * @param {'ltr' | 'rtl'} dir
 */
const themeCss = (name, dir) => readFileSync(require.resolve(THEME_CSS[name][dir]), 'utf8');

const server = await serveDemo(5299);
const browser = await puppeteerCore.launch({
  executablePath: findChromium(),
  headless: true,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage();
  // A local origin, so the copy button may use the clipboard (a secure context).
  const origin = `http://127.0.0.1:${server.port}`;
  await page.goto(`${origin}/demo/index.html`);
  await browser
    .defaultBrowserContext()
    .overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  for (const shot of SHOTS) {
    await page.setViewport(shot.device);
    // The reader's OS is dark whenever the page is: theme="auto" must follow the page.
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.dark ? 'dark' : 'light' }]);
    const post = POSTS[shot.lang];
    const dir = shot.lang === 'ar' ? 'rtl' : 'ltr';
    await page.setContent(`<!doctype html><html lang="${shot.lang}" dir="${dir}" ${shot.dark ? DARK_ATTRIBUTE[shot.theme] : ''}><head>
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <script type="module" src="http://127.0.0.1:${server.port}/dist/oman-sim-renewal.js"></script>
      <style>${themeCss(shot.theme, dir)}</style>
      </head><body><main class="container" style="max-width: 44rem"><article>
      <h1>${post.title}</h1>
      <p>${post.before}</p>
      <oman-sim-renewal ${shot.attributes}></oman-sim-renewal>
      <p>${post.after}</p>
      </article></main></body></html>`);
    await page.waitForFunction(() =>
      document.querySelector('oman-sim-renewal')?.shadowRoot?.querySelector('[role="tab"]'),
    );
    if (shot.openLapsed) {
      await page.evaluate(async () => {
        const guide = document.querySelector('oman-sim-renewal');
        guide.shadowRoot.querySelector('[part~="lapsed-toggle"]').click();
        await guide.updateComplete;
      });
    }
    if (shot.copyCodeAndOpenSources) {
      await page.bringToFront(); // the clipboard takes writes only from a focused page
      await page.evaluate(async () => {
        const guide = document.querySelector('oman-sim-renewal');
        guide.shadowRoot.querySelector('[part~="copy-button"]').click();
        guide.shadowRoot.querySelector('details[part~="sources"]').open = true;
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
    }
    await page.evaluate(() => document.fonts.ready);
    const article = await page.$('article');
    await article.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await browser.close();
  server.close();
}
