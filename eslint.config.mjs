import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', '.pack/', 'node_modules/', 'src/i18n/locales/', 'bench/pages/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  { plugins: { 'lit-a11y': litA11y }, rules: litA11y.configs.recommended.rules },
  {
    files: [
      'scripts/**',
      'config/**',
      'prerender/**',
      '*.config.*',
      'bench/*.mjs',
      'bench/lib/**',
      'bench/phases/**',
      'test/node/**',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**', 'test/**', 'demo/**', 'bench/pages/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // open-wc's waitUntil gives up after 1 s: too soon for WebKit on a busy CI machine.
    files: ['test/**'],
    ignores: ['test/support/wait.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil'],
              message: 'Use waitFor from test/support/wait.ts: its timeout suits a busy CI machine.',
            },
          ],
        },
      ],
    },
  },
  {
    // Node scripts that hand functions to a browser page (page.evaluate).
    files: ['scripts/screenshots.mjs', 'bench/lib/**', 'bench/phases/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
