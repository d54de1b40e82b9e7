import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { render } from '../support/helpers.js';
import { Guide } from '../support/guide.js';
import { allLocales, expectedDirection, SCRIPT_OF, type Locale } from '../support/locales.js';

const guideOf = (el: Element) => new Guide(el).byPart('base')[0];
const tabLabels = (el: Element) => new Guide(el).tabs.map((tab) => tab.textContent!.trim());
const HAN = SCRIPT_OF['zh-Hans'];
const ARABIC = SCRIPT_OF.ar;

/** The guide inside a wrapper template. */
const inside = async (template: TemplateResult) => (await Guide.render(template)).element;

/** The first tab's label where a test's author can read it. */
const FIRST_TAB: Partial<Record<Locale, string>> = { en: 'Online', 'zh-Hans': '网上', 'zh-Hant': '線上' };

/** Every locale, the script its text must be in, and its direction. */
const LOCALES = allLocales.map((locale) => ({
  locale,
  script: SCRIPT_OF[locale],
  dir: expectedDirection(locale),
  first: FIRST_TAB[locale],
}));

describe('languages: each locale renders', () => {
  for (const { locale, script, dir, first } of LOCALES) {
    it(`${locale}: every tab, step, tip and caution in its script, lang="${locale}", ${dir}`, async () => {
      const el = await render(
        html`<oman-sim-renewal language=${locale} operator="ooredoo"></oman-sim-renewal>`,
      );
      expect(el.locale).to.equal(locale);
      expect(guideOf(el).lang).to.equal(locale);
      expect(guideOf(el).dir).to.equal(dir);
      expect(getComputedStyle(guideOf(el)).direction).to.equal(dir);
      if (first) expect(tabLabels(el)[0]).to.equal(first);
      for (const label of tabLabels(el)) expect(label, label).to.match(script);
      for (const item of el.shadowRoot!.querySelectorAll(
        '[role="tabpanel"] li, .intro, .caution, .title, .hint, summary, label',
      )) {
        expect(item.textContent, item.textContent!).to.match(script);
      }
    });
  }

  it('right-to-left locales mirror the layout: the first tab sits at the right', async () => {
    for (const locale of ['ar', 'ur']) {
      const el = await render(html`<oman-sim-renewal language=${locale}></oman-sim-renewal>`);
      const [first, second] = new Guide(el).tabs.map((tab) => tab.getBoundingClientRect());
      expect(first.left, locale).to.be.greaterThan(second.left);
    }
  });
});

describe('languages: resolution order and matching', () => {
  it('language wins over lang', async () => {
    const el = await render(html`<oman-sim-renewal lang="ar" language="zh-CN"></oman-sim-renewal>`);
    expect(el.locale).to.equal('zh-Hans');
  });

  it("own lang wins over an ancestor's", async () => {
    const el = await inside(html`<div lang="zh"><oman-sim-renewal lang="ar"></oman-sim-renewal></div>`);
    expect(el.locale).to.equal('ar');
  });

  it('the nearest ancestor lang is used, and an unsupported one falls through to the next', async () => {
    const el = await inside(
      html`<div lang="ar">
        <section lang="fr">
          <p lang="zh-SG"><oman-sim-renewal></oman-sim-renewal></p>
        </section>
      </div>`,
    );
    expect(el.locale).to.equal('zh-Hans');
    const fallsThrough = await inside(
      html`<div lang="ar-OM">
        <section lang="fr"><oman-sim-renewal></oman-sim-renewal></section>
      </div>`,
    );
    expect(fallsThrough.locale).to.equal('ar');
  });

  it('<html lang> applies when nothing nearer is set', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'ar');
    try {
      const el = await render();
      expect(el.locale).to.equal('ar');
    } finally {
      document.documentElement.setAttribute('lang', before ?? 'en');
    }
  });

  it("falls back to the browser's languages, then English", async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    root.removeAttribute('lang');
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
    try {
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['de-DE', 'zh-CN'] });
      const el = await render();
      expect(el.locale).to.equal('zh-Hans');
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['de-DE', 'fr'] });
      window.dispatchEvent(new Event('languagechange'));
      await el.updateComplete;
      expect(el.locale).to.equal('en');
      expect(tabLabels(el)[0]).to.equal('Online');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      Object.defineProperty(Navigator.prototype, 'languages', languages);
      root.setAttribute('lang', before ?? 'en');
    }
  });

  for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK', 'ZH_cn']) {
    it(`${tag} → zh-Hans`, async () => {
      const el = await render(html`<oman-sim-renewal language=${tag}></oman-sim-renewal>`);
      expect(el.locale).to.equal('zh-Hans');
    });
  }

  for (const tag of ['ar', 'ar-OM', 'ar-EG', 'ar-Arab-SA']) {
    it(`${tag} → ar`, async () => {
      const el = await render(html`<oman-sim-renewal language=${tag}></oman-sim-renewal>`);
      expect(el.locale).to.equal('ar');
    });
  }

  for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN']) {
    it(`${tag} → zh-Hant (Traditional, never Simplified)`, async () => {
      const el = await render(html`<oman-sim-renewal language=${tag}></oman-sim-renewal>`);
      expect(el.locale).to.equal('zh-Hant');
    });
  }

  for (const [tag, locale] of [
    ['ur-PK', 'ur'],
    ['hi-IN', 'hi'],
    ['bn-BD', 'bn'],
    ['ml-IN', 'ml'],
  ]) {
    it(`${tag} → ${locale}`, async () => {
      const el = await render(html`<oman-sim-renewal language=${tag}></oman-sim-renewal>`);
      expect(el.locale).to.equal(locale);
    });
  }

  it('unknown or malformed tags fall through to the next candidate', async () => {
    for (const tag of ['xx', 'fr', '<b>', '', 'und', 'a'.repeat(500)]) {
      const el = await inside(
        html`<div lang="ar"><oman-sim-renewal language=${tag}></oman-sim-renewal></div>`,
      );
      expect(el.locale, tag).to.equal('ar');
    }
  });
});

describe('languages: runtime changes and several instances', () => {
  it('re-renders when the language attribute or property changes', async () => {
    const el = await render(html`<oman-sim-renewal language="en"></oman-sim-renewal>`);
    el.setAttribute('language', 'ar');
    await el.updateComplete;
    expect(tabLabels(el)[0]).to.match(ARABIC);
    el.language = 'zh-Hans';
    await el.updateComplete;
    expect(tabLabels(el)[0]).to.match(HAN);
  });

  it("re-renders when its own or an ancestor's lang changes", async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><oman-sim-renewal></oman-sim-renewal></div>`,
    );
    const el = wrapper.querySelector('oman-sim-renewal')!;
    wrapper.setAttribute('lang', 'zh-CN');
    await new Promise((resolve) => setTimeout(resolve)); // let the MutationObserver run
    await el.updateComplete;
    expect(tabLabels(el)[0]).to.match(HAN);
    el.setAttribute('lang', 'ar');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(tabLabels(el)[0]).to.match(ARABIC);
    expect(guideOf(el).dir).to.equal('rtl');
  });

  it('two instances in two languages render side by side, each in its own', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <oman-sim-renewal language="zh-Hans" tab="store"></oman-sim-renewal>
        <oman-sim-renewal language="ar" tab="store"></oman-sim-renewal>
        <oman-sim-renewal language="en" tab="store"></oman-sim-renewal>
      </div>`,
    );
    const [zh, ar, en] = [...wrapper.querySelectorAll('oman-sim-renewal')];
    await Promise.all([zh.updateComplete, ar.updateComplete, en.updateComplete]);
    // Switch one of them: the others must keep their language.
    ar.tab = 'tips';
    await ar.updateComplete;
    expect(tabLabels(zh).join('')).to.match(HAN).and.not.match(ARABIC);
    expect(tabLabels(ar).join('')).to.match(ARABIC).and.not.match(HAN);
    expect(tabLabels(en)).to.deep.equal(['Online', 'In a store', 'By phone', 'Tips']);
    expect(guideOf(zh).dir).to.equal('ltr');
    expect(guideOf(ar).dir).to.equal('rtl');
  });
});

describe('languages: accessibility and keyboard', () => {
  for (const { locale } of LOCALES) {
    it(`has no axe violations in ${locale}`, async () => {
      const el = await render(
        html`<oman-sim-renewal language=${locale} operator="ooredoo" tab="phone"></oman-sim-renewal>`,
      );
      await expectAccessible(el);
    });
  }

  for (const { locale, dir } of LOCALES) {
    it(`${locale}: arrow keys follow the ${dir} layout`, async () => {
      const el = await render(html`<oman-sim-renewal language=${locale}></oman-sim-renewal>`);
      new Guide(el).tabs[0].focus();
      await sendKeys({ press: dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight' });
      await el.updateComplete;
      expect(el.tab).to.equal('store');
      expect(el.shadowRoot!.activeElement).to.equal(new Guide(el).tabs[1]);
    });
  }
});
