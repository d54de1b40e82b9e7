/**
 * The languages under test, derived from the generated locale list (lit-localize.json) and
 * CORE_LOCALES, never restated. Imports only those constants from src/, so tests of the
 * built file can use it without defining the element.
 */
import { allLocales, targetLocales } from '../../src/i18n/locale-codes.js';
import { CORE_LOCALES } from '../../src/i18n/languages.js';

export type Locale = (typeof allLocales)[number];

export { allLocales, targetLocales, CORE_LOCALES };

/** Languages that ship only in the all-languages file. */
export const OTHER_LOCALES = targetLocales.filter(
  (locale) => !(CORE_LOCALES as readonly string[]).includes(locale),
);

/** The script each language is written in: how a test tells a translation from English. */
export const SCRIPT_OF: Record<Locale, RegExp> = {
  en: /\p{Script=Latin}/u,
  'zh-Hans': /\p{Script=Han}/u,
  'zh-Hant': /\p{Script=Han}/u,
  ar: /\p{Script=Arabic}/u,
  ur: /\p{Script=Arabic}/u,
  hi: /\p{Script=Devanagari}/u,
  bn: /\p{Script=Bengali}/u,
  ml: /\p{Script=Malayalam}/u,
};

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar', 'ur']);

/** Written out here, not taken from src/, so the tests check the element's own answer. */
export const expectedDirection = (locale: Locale) => (RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr');
