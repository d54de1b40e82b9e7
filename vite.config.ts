import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyTemplateLiterals } from './scripts/minify-template-literals.mjs';

// One self-contained, minified ES module: Lit and everything else inlined, no chunks,
// nothing fetched at run time, so the file works from any CDN with an integrity hash.
// `vite build` makes the default file (English, Simplified Chinese, Arabic);
// `vite build --mode all-languages` the one with every language.
export default defineConfig(({ mode }) => {
  const allLanguages = mode === 'all-languages';
  const coreCatalogs = fileURLToPath(new URL('./src/i18n/catalogs.core.ts', import.meta.url));
  return {
    plugins: [
      minifyTemplateLiterals(),
      {
        name: 'core-catalogs',
        enforce: 'pre',
        resolveId(source, importer) {
          if (
            !allLanguages &&
            source === './catalogs.js' &&
            importer?.endsWith('/src/i18n/localization.ts')
          ) {
            return coreCatalogs;
          }
          return null;
        },
      },
    ],
    build: {
      target: 'es2021',
      minify: true,
      sourcemap: true,
      emptyOutDir: !allLanguages,
      lib: {
        entry: 'src/index.ts',
        formats: ['es'],
        fileName: () => (allLanguages ? 'oman-sim-renewal.all-languages.js' : 'oman-sim-renewal.js'),
      },
      rolldownOptions: {
        output: {
          codeSplitting: false,
          minify: true,
        },
      },
    },
  };
});
