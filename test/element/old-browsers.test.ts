// Adversarial review, finding 14: old or locked-down browsers (no navigator.languages, or
// one that throws; no Intl.RelativeTimeFormat, as in Safari < 14).
import { expect, html } from '@open-wc/testing';
import { render } from '../support/helpers.js';

const guideLang = (el: Element) => el.shadowRoot!.querySelector('.guide')!.getAttribute('lang');

describe('old and locked-down browsers (finding 14)', () => {
  const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
  afterEach(() => Object.defineProperty(Navigator.prototype, 'languages', languages));

  for (const [name, getter] of [
    ['undefined', () => undefined],
    [
      'throwing',
      () => {
        throw new Error('blocked by a privacy extension');
      },
    ],
  ] as const) {
    it(`navigator.languages ${name}: the guide renders, in the language asked for`, async () => {
      Object.defineProperty(Navigator.prototype, 'languages', { configurable: true, get: getter });
      const el = await render(html`<oman-sim-renewal language="ar"></oman-sim-renewal>`);
      expect(guideLang(el)).to.equal('ar');
      const other = await render(html`<oman-sim-renewal></oman-sim-renewal>`);
      expect(guideLang(other)).to.equal('en');
    });
  }

  it('no Intl.RelativeTimeFormat: the reminder still says when validity ends', async () => {
    const el = await render(html`<oman-sim-renewal tab="tips"></oman-sim-renewal>`);
    const relativeTimeFormat = Intl.RelativeTimeFormat;
    Object.defineProperty(Intl, 'RelativeTimeFormat', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
      input.value = `${new Date().getFullYear() + 1}-06-15`;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const status = el.shadowRoot!.querySelector('#reminder-status')!.textContent!;
      expect(status).to.contain('Your validity ends');
      expect(status).to.contain(`${new Date().getFullYear() + 1}`);
    } finally {
      Object.defineProperty(Intl, 'RelativeTimeFormat', {
        value: relativeTimeFormat,
        configurable: true,
        writable: true,
      });
    }
  });
});
