// Old or locked-down browsers (no navigator.languages, or
// one that throws; no Intl.RelativeTimeFormat, as in Safari < 14).
import { expect } from '@open-wc/testing';
import { Guide, textOf } from '../support/guide.js';

const guideLang = (guide: Guide) => guide.byPart('base')[0].getAttribute('lang');

describe('old and locked-down browsers', () => {
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
      const guide = await Guide.render({ language: 'ar' });
      expect(guideLang(guide)).to.equal('ar');
      const other = await Guide.render();
      expect(guideLang(other)).to.equal('en');
    });
  }

  it('no Intl.RelativeTimeFormat: the reminder still says when validity ends', async () => {
    const guide = await Guide.render({ tab: 'tips' });
    const relativeTimeFormat = Intl.RelativeTimeFormat;
    Object.defineProperty(Intl, 'RelativeTimeFormat', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      await guide.enterExpiry(`${new Date().getFullYear() + 1}-06-15`);
      const status = textOf(guide.reminderStatus);
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
