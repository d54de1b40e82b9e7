// The two small Vite plugins of the one-file builds (vite.config.ts); each guarded by a
// test of the built file (test/built/frozen-intrinsics.test.ts, test/built/dist.test.ts).
import { fileURLToPath } from 'node:url';

/** The first line of each one-file build: see `banner` in vite.config.ts. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const CORE_CATALOGS = fileURLToPath(new URL('../src/i18n/catalogs.core.ts', import.meta.url));

/**
 * Lit adds Symbol.metadata at load; on a page that froze Symbol (SES lockdown) that
 * assignment throws and the module never runs. Lit works without it: skip it there.
 *
 * @returns {import('vite').Plugin}
 */
export function litFrozenSymbol() {
  return {
    name: 'lit-frozen-symbol',
    transform(code, id) {
      const assignment = 'Symbol.metadata??=Symbol("metadata")';
      if (!id.includes('@lit/reactive-element') || !code.includes(assignment)) return null;
      // map: null keeps Lit's map; only columns on that one line of Lit shift.
      return { code: code.replace(assignment, `(()=>{try{${assignment}}catch{}})()`), map: null };
    },
  };
}

/**
 * The default one-file build carries only the core languages: the localization module's
 * catalogs import is swapped for src/i18n/catalogs.core.ts there.
 *
 * @param {{ when: boolean }} options
 * @returns {import('vite').Plugin}
 */
export function coreCatalogs({ when }) {
  return {
    name: 'core-catalogs',
    enforce: 'pre',
    resolveId(source, importer) {
      if (when && source === './catalogs.js' && importer?.endsWith('/src/i18n/localization.ts')) {
        return CORE_CATALOGS;
      }
      return null;
    },
  };
}
