import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from './config/minify-template-literals.mjs';
import { COMPILE_HINT, coreCatalogs, litFrozenSymbol } from './config/vite-plugins.mjs';
import { shortMessageIds } from './config/short-message-ids.mjs';

// Three builds of src/index.ts:
// - `vite build`: dist/oman-sim-renewal.js, one self-contained, minified ES module (Lit and
//   everything else inlined, no chunks, nothing fetched at run time), so the file works from
//   any CDN with an integrity hash; English, Simplified Chinese and Arabic.
// - `vite build --mode all-languages`: the same with every language.
// - `vite build --mode lib`: lib/, the npm entry, one module per source file, importing `lit`
//   (which the app's bundler shares) but carrying its own copy of @lit/localize: that library
//   can be configured once per copy, so an app that configures it too does not clash with us.
export default defineConfig(({ mode }) => {
  const allLanguages = mode === 'all-languages';
  // Only the default one-file build leaves out the last five languages; lib/ has them all.
  const coreLanguagesOnly = !allLanguages && mode !== 'lib';
  const plugins = [
    minifyTemplateLiterals(),
    litFrozenSymbol(),
    coreCatalogs({ when: coreLanguagesOnly }),
    // lib/ keeps the full keys: one module per source file, as close to the sources as can be.
    shortMessageIds({ when: mode !== 'lib' }),
  ];
  if (mode === 'lib') {
    return {
      plugins,
      build: {
        target: 'es2021',
        outDir: 'lib',
        minify: false,
        lib: { entry: 'src/index.ts', formats: ['es'] },
        rolldownOptions: {
          external: [/^lit(\/|$)/],
          output: {
            preserveModules: true,
            preserveModulesRoot: 'src',
            // @lit/localize's modules land under vendor/ (not node_modules/, which npm skips).
            entryFileNames: ({ name }) => `${name.replace(/^.*node_modules\//, 'vendor/')}.js`,
          },
        },
      },
    };
  }
  return {
    plugins,
    build: {
      target: 'es2021',
      // Maps for our own tools (size per part); not referenced from the shipped file, not published.
      sourcemap: 'hidden',
      emptyOutDir: !allLanguages,
      lib: {
        entry: 'src/index.ts',
        formats: ['es'],
        fileName: () => (allLanguages ? 'oman-sim-renewal.all-languages.js' : 'oman-sim-renewal.js'),
      },
      rolldownOptions: {
        output: {
          codeSplitting: false,
          // Chromium's explicit compile hint: compile every function of the file eagerly, on a
          // background thread while the file streams in, instead of lazily on the main thread
          // during the first render (most of the file runs on load). Measured with the trace of
          // `npm run bench -- --only=long-tasks`: compile time in the module's task at 4× CPU
          // fell from ~75 ms to ~10 ms. Other engines read it as a comment.
          postBanner: COMPILE_HINT,
          // The switch that matters: Vite's own build.minify (on by default) leaves an ES
          // library's whitespace in place; the bundler's output minifier removes it too.
          minify: true,
        },
      },
    },
  };
});
