// dist/oman-sim-renewal.all-languages.js: the one-file build with every language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const SCRIPTS: Record<string, RegExp> = {
  'zh-Hant': /\p{Script=Han}/u,
  ur: /\p{Script=Arabic}/u,
  hi: /\p{Script=Devanagari}/u,
  bn: /\p{Script=Bengali}/u,
  ml: /\p{Script=Malayalam}/u,
  'zh-Hans': /\p{Script=Han}/u,
  ar: /\p{Script=Arabic}/u,
};

describe('the all-languages build', () => {
  before(async () => {
    const path: string = '/dist/oman-sim-renewal.all-languages.js';
    await import(/* @vite-ignore */ path);
  });

  for (const [language, script] of Object.entries(SCRIPTS)) {
    it(`renders ${language}`, async () => {
      const el = await fixture(
        html`<oman-sim-renewal language=${language} operator="ooredoo"></oman-sim-renewal>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('[role="tab"]'));
      expect(el.shadowRoot!.querySelector('#tab-online')!.textContent).to.match(script);
      expect(el.shadowRoot!.querySelector('.hint')!.textContent).to.match(script);
      expect(el.shadowRoot!.querySelector('.guide')!.getAttribute('dir')).to.equal(
        language === 'ur' || language === 'ar' ? 'rtl' : 'ltr',
      );
    });
  }
});
