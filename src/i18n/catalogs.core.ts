/**
 * The first languages only — Simplified Chinese and Arabic, with English built in — for
 * the default one-file build, which has a byte budget (vite.config.ts swaps this module
 * in for catalogs.ts). dist/oman-sim-renewal.all-languages.js carries every language.
 */
import type { LocaleModule } from '@lit/localize';
import * as ar from './locales/ar.js';
import * as zhHans from './locales/zh-Hans.js';

export const catalogs: Record<string, LocaleModule> = { 'zh-Hans': zhHans, ar };
