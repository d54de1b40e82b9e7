// dist/oman-sim-renewal.all-languages.js: the one-file build with every language.
import { expect, fixture, html } from '@open-wc/testing';
import { expectedDirection, SCRIPT_OF, targetLocales } from '../support/locales.js';
import { waitFor } from '../support/wait.js';

describe('the all-languages build', () => {
  before(async () => {
    const path: string = '/dist/oman-sim-renewal.all-languages.js';
    await import(/* @vite-ignore */ path);
  });

  for (const language of targetLocales) {
    const script = SCRIPT_OF[language];
    it(`renders ${language}`, async () => {
      const el = await fixture(
        html`<oman-sim-renewal language=${language} operator="ooredoo"></oman-sim-renewal>`,
      );
      await waitFor(() => el.shadowRoot?.querySelector('[role="tab"]'));
      expect(el.shadowRoot!.querySelector('#tab-online')!.textContent).to.match(script);
      expect(el.shadowRoot!.querySelector('.hint')!.textContent).to.match(script);
      expect(el.shadowRoot!.querySelector('.guide')!.getAttribute('dir')).to.equal(
        expectedDirection(language),
      );
    });
  }
});
