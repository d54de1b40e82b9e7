import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from './scripts/minify-template-literals.js';

// One self-contained, minified ES module: Lit and everything else inlined, no chunks,
// nothing fetched at run time, so the file works from any CDN with an integrity hash.
export default defineConfig({
  plugins: [minifyTemplateLiterals()],
  build: {
    target: 'es2021',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'oman-sim-renewal.js',
    },
    rolldownOptions: {
      output: {
        codeSplitting: false,
        minify: true,
      },
    },
  },
});
