/**
 * The first languages only — CORE_LOCALES (languages.ts), with English built in — for
 * the default one-file build, which has a byte budget (vite.config.ts swaps this module
 * in for catalogs.ts). dist/oman-sim-renewal.all-languages.js carries every language.
 *
 * Named imports, never `import * as`: the bundler's namespace helper walks its object
 * with `for…in`, which dies on a page whose Object.prototype was polluted.
 */
import type { LocaleModule } from '@lit/localize';
import type { CoreLocale } from './languages.js';
import { templates as ar } from './locales/ar.js';
import { templates as zhHans } from './locales/zh-Hans.js';

export const catalogs: Record<string, LocaleModule> = {
  'zh-Hans': { templates: zhHans },
  ar: { templates: ar },
} satisfies Record<CoreLocale, LocaleModule>;
