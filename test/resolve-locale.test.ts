import { expect } from '@open-wc/testing';
import { resolveLocale } from '../src/i18n/resolve-locale.js';

const supported = ['en', 'zh-Hans', 'ar'];

describe('resolveLocale (pure)', () => {
  it('takes the first candidate that a supported locale matches', () => {
    expect(resolveLocale(['fr', 'ar-OM', 'en'], supported, 'en')).to.equal('ar');
  });

  it('matches by prefix, case-insensitively, with _ or -', () => {
    expect(resolveLocale(['EN_gb'], supported, 'ar')).to.equal('en');
    expect(resolveLocale(['zh-hans-cn'], supported, 'en')).to.equal('zh-Hans');
  });

  it('does not match a mere string prefix ("english" is not "en")', () => {
    expect(resolveLocale(['english', 'arabic'], supported, 'zh-Hans')).to.equal('zh-Hans');
  });

  it('skips empty, blank and missing candidates and falls back', () => {
    expect(resolveLocale([undefined, null, '', '   '], supported, 'en')).to.equal('en');
  });
});
