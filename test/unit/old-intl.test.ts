// Browsers without Intl.Locale (old Safari, some WebViews)
// still match Chinese tags to the right script.
import { expect } from '@open-wc/testing';
import { matchLocale } from '../../src/i18n/resolve-locale.js';

const SUPPORTED = ['en', 'zh-Hans', 'ar', 'zh-Hant'];

describe('locale matching without Intl.Locale', () => {
  const intlLocale = Intl.Locale;
  before(() =>
    Object.defineProperty(Intl, 'Locale', { value: undefined, configurable: true, writable: true }),
  );
  after(() =>
    Object.defineProperty(Intl, 'Locale', { value: intlLocale, configurable: true, writable: true }),
  );

  // Tags not used by other tests, so no cached answer hides the missing API.
  const cases: [string, string | undefined][] = [
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-MY', 'zh-Hans'],
    ['ZH_cn', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant-CA', 'zh-Hant'],
    ['ar-OM', 'ar'],
    ['xx-Qaaa', undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`${tag} → ${expected}`, () => {
      expect(matchLocale(tag, SUPPORTED)).to.equal(expected);
    });
  }
});
