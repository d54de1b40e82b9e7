/** One digit system per language, the same in dates, day counts and translations. */
import { expect } from '@open-wc/testing';
import { CORE_LOCALES, LANGUAGES, directionOf, intlLocale, phraseGap } from '../../src/i18n/languages.js';
import { allLocales } from '../../src/i18n/locale-codes.js';
import { formatCalendarDate, formatDaysAhead } from '../../src/i18n/format-date.js';
import { catalogs } from '../../src/i18n/catalogs.js';

const DIGITS: Record<string, RegExp> = {
  latn: /[0-9]/,
  beng: /[০-৯]/u,
};
const ANY_DIGIT = /\p{Nd}/gu;

// The system each language is written with (see xliff/glossary*.md).
const EXPECTED: Record<string, keyof typeof DIGITS> = {
  en: 'latn',
  ar: 'latn',
  ur: 'latn',
  hi: 'latn',
  ml: 'latn',
  bn: 'beng',
  'zh-Hans': 'latn',
  'zh-Hant': 'latn',
};

const digitsIn = (text: string) => text.match(ANY_DIGIT) ?? [];

describe('digits (src/i18n/languages.ts)', () => {
  for (const [locale, system] of Object.entries(EXPECTED)) {
    it(`${locale}: dates and day counts use ${system} digits`, () => {
      const texts = [
        formatCalendarDate({ year: 2026, month: 11, day: 28 }, locale, 'medium'),
        formatCalendarDate({ year: 2026, month: 12, day: 19 }, locale, 'long'),
        formatDaysAhead(20, locale),
      ];
      for (const text of texts) {
        expect(digitsIn(text).length, text).to.be.greaterThan(0);
        for (const digit of digitsIn(text)) expect(digit, text).to.match(DIGITS[system]);
      }
    });
  }

  it('translations use the same digits as the formatters', () => {
    for (const [locale, { templates }] of Object.entries(catalogs)) {
      // A translation is a string, or a template whose static parts hold the text.
      const text = Object.values(templates)
        .map((template) => (typeof template === 'string' ? template : template.strings.join('')))
        .join(' ')
        // Numbers to dial (+968) stay in Latin digits in every language, as on the keypad.
        .replace(/\+\d+/g, '');
      for (const digit of digitsIn(text)) expect(digit, locale).to.match(DIGITS[EXPECTED[locale]]);
    }
  });

  it('pins Arabic to Latin digits even where the region would pick Arabic-Indic ones', () => {
    expect(intlLocale('ar')).to.equal('ar-u-nu-latn');
    expect(new Intl.NumberFormat(intlLocale('ar')).format(3)).to.equal('3');
  });

  it('zh-Hant sets no space between the day count and Han text', () => {
    expect(formatDaysAhead(20, 'zh-Hant')).to.not.match(/\d \p{Script=Han}/u);
  });
});

describe('the language table (src/i18n/languages.ts)', () => {
  it('has one row for every language the guide is translated into', () => {
    expect(Object.keys(LANGUAGES).sort()).to.deep.equal([...allLocales].sort());
  });

  it('names the default file languages the core catalogs carry', async () => {
    const { catalogs: core } = await import('../../src/i18n/catalogs.core.js');
    expect([...CORE_LOCALES].sort()).to.deep.equal(Object.keys(core).sort());
  });

  it('gives each right-to-left script its direction', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('ur')).to.equal('rtl');
    expect(directionOf('ml')).to.equal('ltr');
  });

  it('sets no gap between phrases in Chinese only', () => {
    expect(phraseGap('zh-Hans')).to.equal('');
    expect(phraseGap('zh-Hant')).to.equal('');
    expect(phraseGap('ar')).to.equal(' ');
  });
});

describe('relative days (translation review 2, ur C1)', () => {
  it('Urdu writes near days as a number, not "the coming day after tomorrow"', () => {
    const text = formatDaysAhead(2, 'ur');
    expect(text).to.not.contain('پرسوں');
    expect(text).to.match(/2/);
  });
});
