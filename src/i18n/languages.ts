/**
 * What the guide knows about each of its languages, in one table: the one place to add
 * a language's facts (besides its XLIFF file, glossary and catalog import). Imports only
 * the generated locale list, so tests of the built files can read it without defining
 * the element.
 *
 * - `script`: its script (ISO 15924), whatever the region: answers the common tags without
 *   the platform's likely-subtags data (resolve-locale.ts).
 * - `dir`: its writing direction.
 * - `digits`: the digit system of its dates and counts (xliff/glossary*.md). Latin for every
 *   language but Bengali: the digits of every code and number the reader dials. Pinned in
 *   every `Intl` formatter, since engines with older CLDR data print Arabic-Indic for `ar`.
 * - `wordSpaces`: false where words are not separated by spaces (Chinese): no space is
 *   inserted between two phrases, and the browser sets the Han–Latin gap (text-autospace).
 * - `fonts`, `lineHeight`, `listStyle`: for scripts a blog's own font rarely covers, the
 *   platforms' own fonts (nothing is downloaded), the taller lines they need, and the
 *   language's own list markers.
 * - `numericDays`: true where ICU's words for near days read unnaturally in a sentence (Urdu
 *   "آنے والا پرسوں"): counts are written as numbers ("2 دنوں میں") instead.
 * - `file`: `default` for the default one-file build; `all-languages` for the file that
 *   carries every language. English, the source, is in both.
 */
import type { allLocales } from './locale-codes.js';

export type LanguageTag = (typeof allLocales)[number];

interface Language {
  script: string;
  dir: 'ltr' | 'rtl';
  digits: 'latn' | 'beng';
  wordSpaces: boolean;
  fonts?: string;
  lineHeight?: number;
  listStyle?: string;
  numericDays?: boolean;
  file: 'default' | 'all-languages';
}

export const LANGUAGES = {
  en: { script: 'Latn', dir: 'ltr', digits: 'latn', wordSpaces: true, file: 'default' },
  'zh-Hans': { script: 'Hans', dir: 'ltr', digits: 'latn', wordSpaces: false, file: 'default' },
  ar: { script: 'Arab', dir: 'rtl', digits: 'latn', wordSpaces: true, file: 'default' },
  'zh-Hant': { script: 'Hant', dir: 'ltr', digits: 'latn', wordSpaces: false, file: 'all-languages' },
  ur: {
    script: 'Arab',
    dir: 'rtl',
    digits: 'latn',
    wordSpaces: true,
    fonts: `'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', 'Noto Naskh Arabic', Tahoma`,
    lineHeight: 2.2,
    numericDays: true,
    file: 'all-languages',
  },
  hi: {
    script: 'Deva',
    dir: 'ltr',
    digits: 'latn',
    wordSpaces: true,
    fonts: `'Noto Sans Devanagari', 'Nirmala UI', 'Kohinoor Devanagari', Mangal`,
    lineHeight: 1.75,
    file: 'all-languages',
  },
  bn: {
    script: 'Beng',
    dir: 'ltr',
    digits: 'beng',
    wordSpaces: true,
    fonts: `'Noto Sans Bengali', 'Nirmala UI', 'Kohinoor Bangla', Vrinda`,
    lineHeight: 1.75,
    listStyle: 'bengali',
    file: 'all-languages',
  },
  ml: {
    script: 'Mlym',
    dir: 'ltr',
    digits: 'latn',
    wordSpaces: true,
    fonts: `'Noto Sans Malayalam', 'Nirmala UI', 'Malayalam Sangam MN', Kartika`,
    lineHeight: 1.75,
    file: 'all-languages',
  },
} as const satisfies Record<LanguageTag, Language>;

const entries = Object.entries(LANGUAGES) as [LanguageTag, Language][];

/** The translations in the default one-file build; English, the source, is always there. */
export type CoreLocale = {
  [Tag in LanguageTag]: (typeof LANGUAGES)[Tag]['file'] extends 'default' ? Tag : never;
}[Exclude<LanguageTag, 'en'>];

export const CORE_LOCALES = entries
  .filter(([tag, language]) => tag !== 'en' && language.file === 'default')
  .map(([tag]) => tag) as CoreLocale[];

/** The table's row for a guide locale (one of ours). */
const languageOf = (locale: string): Language | undefined => (LANGUAGES as Record<string, Language>)[locale];

/** The writing direction of a guide locale. */
export const directionOf = (locale: string): 'ltr' | 'rtl' => languageOf(locale)?.dir ?? 'ltr';

/** The script of a bare language subtag ("ar", "bn"), where one of ours is that language. */
export function scriptOfLanguage(language: string): string | undefined {
  return languageOf(language)?.script;
}

/** The locale every `Intl` formatter uses: the guide locale with its digits pinned. */
export function intlLocale(locale: string): string {
  const digits = languageOf(locale)?.digits;
  return digits && locale !== 'en' ? `${locale}-u-nu-${digits}` : locale;
}

/** The code point of the digit zero in a guide locale's digits. */
const ZERO = { latn: 0x30, beng: 0x09e6 } as const;

/** Writes the ASCII digits of `text` in the locale's digits, without Intl. */
export function localDigits(text: string, locale: string): string {
  const zero = ZERO[languageOf(locale)?.digits ?? 'latn'];
  return zero === ZERO.latn
    ? text
    : text.replace(/[0-9]/g, (digit) => String.fromCharCode(zero + Number(digit)));
}

/** Whether relative days are written as numbers ("in 2 days") rather than words ("the day after tomorrow"). */
export const numericDays = (locale: string) => languageOf(locale)?.numericDays === true;

/** The space between two phrases: none in languages written without spaces (Chinese). */
export const phraseGap = (locale: string) => (languageOf(locale)?.wordSpaces === false ? '' : ' ');

/** The per-script CSS of the table (fonts, line heights, list markers, Han–Latin spacing). */
export function languageRules(): string {
  return entries
    .map(([tag, { fonts, lineHeight, listStyle, wordSpaces }]) => {
      const guide = `.guide:lang(${tag})`;
      return [
        fonts && `${guide}{font-family:var(--osr-font-family,${fonts},sans-serif)}`,
        lineHeight && `${guide}{line-height:${lineHeight}}`,
        listStyle && `${guide} ol{list-style-type:${listStyle}}`,
        !wordSpaces && `${guide}{text-autospace:normal}`,
      ]
        .filter(Boolean)
        .join('');
    })
    .join('');
}
