/**
 * The translations in the default one-file build (English, the source, is always there);
 * every other language ships in the all-languages file. The one place this set is written:
 * catalogs.core.ts is checked against it, and tests and tools read it. Imports nothing, so
 * tests of the built file can read it without defining the element from src/.
 */
export const CORE_LOCALES = ['zh-Hans', 'ar'] as const;

export type CoreLocale = (typeof CORE_LOCALES)[number];
