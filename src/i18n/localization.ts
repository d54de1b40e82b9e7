/**
 * Per-instance language with @lit/localize.
 *
 * Stock runtime mode holds one locale per page; we need one per element (a bilingual post
 * may hold two widgets). Reentrant mode asks `getLocale()` on every `msg()` call, and
 * `msg()` runs synchronously inside `render()`, so each element makes its own locale
 * current while it renders (`withLocale`). Catalogs are imported statically: the build is
 * one file and look-ups stay synchronous.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';

export const SOURCE_LOCALE = 'en';

/** Generated catalogs (lit-localize build) keyed by locale; the languages issue adds them. */
const catalogs: Record<string, LocaleModule> = {};

export const SUPPORTED_LOCALES: readonly string[] = [SOURCE_LOCALE, ...Object.keys(catalogs)];

let currentLocale = SOURCE_LOCALE;

configureReentrantLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: Object.keys(catalogs),
  getLocale: () => currentLocale,
  loadLocaleSync: (locale) => catalogs[locale],
});

/** Runs `render` with `locale` as the locale every `msg()` inside it uses. */
export function withLocale<T>(locale: string, render: () => T): T {
  const previous = currentLocale;
  currentLocale = locale;
  try {
    return render();
  } finally {
    currentLocale = previous;
  }
}
