import { expect } from '@open-wc/testing';
import { matchLocale, resolveLocale } from '../../src/i18n/resolve-locale.js';
import { directionOf } from '../../src/i18n/languages.js';
import { allLocales } from '../support/locales.js';

const supported = ['en', 'zh-Hans', 'ar'];

describe('resolveLocale (pure)', () => {
  it('takes the first candidate that a supported locale matches', () => {
    expect(resolveLocale(['fr', 'ar-OM', 'en'], supported, 'en')).to.equal('ar');
  });

  it('matches by language and script, case-insensitively, with _ or -', () => {
    expect(resolveLocale(['EN_gb'], supported, 'ar')).to.equal('en');
    expect(resolveLocale(['zh-hans-hk'], supported, 'en')).to.equal('zh-Hans');
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-CN'])
      expect(matchLocale(tag, supported), tag).to.equal('zh-Hans');
  });

  it('does not take Traditional Chinese for Simplified', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN']) {
      expect(matchLocale(tag, supported), tag).to.equal(undefined);
    }
    expect(matchLocale('zh-TW', [...supported, 'zh-Hant'])).to.equal('zh-Hant');
  });

  it("a script that is not the language's own does not match (Hindi in Latin letters is not hi)", () => {
    expect(matchLocale('hi-Latn', allLocales)).to.equal(undefined);
    expect(matchLocale('ar-Latn', allLocales)).to.equal(undefined);
    expect(matchLocale('en-Latn-GB', allLocales)).to.equal('en');
    expect(matchLocale('ar-419', allLocales)).to.equal('ar');
    expect(matchLocale('ur-IN', allLocales)).to.equal('ur');
    expect(matchLocale('bn-BD', allLocales)).to.equal('bn');
  });

  it('does not match a mere string prefix ("english" is not "en")', () => {
    expect(resolveLocale(['english', 'arabic'], supported, 'zh-Hans')).to.equal('zh-Hans');
  });

  it('skips empty, blank, malformed, undetermined and oversized candidates and falls back', () => {
    const junk = [undefined, null, '', '   ', '<script>', 'und', 'en-'.repeat(100)];
    expect(resolveLocale(junk, supported, 'en')).to.equal('en');
  });
});

describe('directionOf', () => {
  it('is rtl for Arabic-script locales and ltr otherwise', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('ur')).to.equal('rtl');
    expect(directionOf('en')).to.equal('ltr');
    expect(directionOf('zh-Hans')).to.equal('ltr');
  });
});
