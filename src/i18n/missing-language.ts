/**
 * The default one-file build carries three languages; the other five are only in the
 * all-languages file. A guide asked for one of those silently falls back (to the page's or
 * the browser's language, finally English), which looks like a bug: say which file has it.
 */
import { allLocales } from './locale-codes.js';
import { SUPPORTED_LOCALES } from './localization.js';
import { matchLocale } from './resolve-locale.js';
import { warnOnce } from '../attribute-values.js';

export const ALL_LANGUAGES_FILE = 'oman-sim-renewal.all-languages.js';

/**
 * Warns when `language` names a language of the project that this file does not carry:
 * once per language, however many guides ask for it.
 */
export function warnIfLanguageMissing(language: string | undefined): void {
  if (matchLocale(language, SUPPORTED_LOCALES)) return;
  const elsewhere = matchLocale(language, allLocales);
  if (!elsewhere) return;
  warnOnce(
    `language:${elsewhere}`,
    `language "${elsewhere}" is in ${ALL_LANGUAGES_FILE}; this file has ${SUPPORTED_LOCALES.join(', ')}.`,
  );
}
