/**
 * The one place that turns a guide locale into the locale every `Intl` formatter uses, so
 * dates, day counts and the digits in translations agree on one digit system per language
 * (see xliff/glossary*.md):
 * - ar, ur, hi, ml, zh: Latin digits (0-9), the digits of every code and number the reader
 *   dials; pinned, since engines with older CLDR data print Arabic-Indic digits for `ar`.
 * - bn: Bengali digits (০-৯), as the translations and Bengali list markers use.
 */
const NUMBERING: Record<string, string> = {
  ar: 'latn',
  ur: 'latn',
  hi: 'latn',
  ml: 'latn',
  bn: 'beng',
};

export function intlLocale(locale: string): string {
  const numbering = NUMBERING[locale];
  return numbering ? `${locale}-u-nu-${numbering}` : locale;
}
