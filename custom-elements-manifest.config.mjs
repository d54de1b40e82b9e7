// `cem analyze` (npm run analyze, run by npm run build after lib/ exists): custom-elements.json
// and, from it, the editor data that ships in lib/ (VS Code custom data, JetBrains web-types).
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { cemValidatorPlugin } from '@wc-toolkit/cem-validator';
// The value lists come from the built modules, so they cannot drift from the code.
import { OPERATOR_IDS } from './lib/operators/schema.js';
import { TAB_IDS } from './lib/tabs/tabs.js';
import { SITUATIONS } from './lib/choosers/situation-toggle.js';
import { posix } from 'node:path';
import { SUPPORTED_LOCALES } from './lib/i18n/localization.js';

const union = (values) => values.map((value) => `'${value}'`).join(' | ');
// The values editors offer. `operator` and `language` also accept other strings (the element
// falls back, with a console warning), hence `(string & {})` in the typed form.
const VALUES = {
  operator: { values: OPERATOR_IDS, open: true },
  language: { values: SUPPORTED_LOCALES, open: true },
  tab: { values: TAB_IDS, open: false },
  situation: { values: SITUATIONS, open: false },
};

/**
 * Writes each value list twice: `expandedType`, the open union for JetBrains (which reads it
 * as TypeScript), and `valueList`, the closed one for VS Code (which would offer
 * `(string & {})` as a value).
 */
function expandedTypes() {
  return {
    name: 'oman-sim-renewal-expanded-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
          const list = VALUES[item.fieldName ?? item.name];
          if (!list || !item.type) continue;
          const optional = item.type.text.includes('undefined') ? ' | undefined' : '';
          const closed = union(list.values);
          item.valueList = { text: closed + optional };
          item.expandedType = { text: (list.open ? `${closed} | (string & {})` : closed) + optional };
        }
      }
    },
  };
}

/**
 * Points the manifest at the files the package ships, in one style: src/x.ts (and /src/x.js
 * references) become lib/x.js, and a re-export's relative path ("./tabs/tabs.js" in index.ts)
 * becomes the shipped file it names. (@wc-toolkit/module-path-resolver only rewrites element
 * modules and adds a duplicate module for the definition; this layout maps one to one.)
 */
function shippedPaths() {
  const toLib = (path) => path.replace(/^\/?src\//, 'lib/').replace(/\.ts$/, '.js');
  const shipped = (path, from) =>
    /^\.\.?\//.test(path) ? posix.join(posix.dirname(from), path) : toLib(path);
  return {
    name: 'oman-sim-renewal-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const references = [];
      for (const module of customElementsManifest.modules) {
        module.path = toLib(module.path);
        for (const item of [...(module.declarations ?? []), ...(module.exports ?? [])]) {
          references.push(
            ...[item.declaration, item.superclass, ...(item.members ?? []).map((m) => m.inheritedFrom)].map(
              (reference) => ({ reference, from: module.path }),
            ),
          );
        }
      }
      for (const { reference, from } of references)
        if (reference?.module) reference.module = shipped(reference.module, from);
    },
  };
}

const outdir = 'lib';

export default {
  globs: ['src/**/*.ts'],
  // Translation modules say nothing about the element's API (and were 82 kB of it); the default
  // file's language set (languages.ts) is not in lib/, which carries every language.
  exclude: [
    'src/i18n/locales/**',
    'src/i18n/catalogs*.ts',
    'src/i18n/languages.ts',
    'src/i18n/locale-codes.ts',
  ],
  litelement: true,
  plugins: [
    expandedTypes(),
    shippedPaths(),
    customElementVsCodePlugin({ outdir, typesSrc: 'valueList', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir, typesSrc: 'expandedType', packageJson: false, hideLogs: true }),
    cemValidatorPlugin({
      rules: {
        // The analyzer does not list type-only exports (TabChangeDetail, TabId, OperatorFacts come
        // from lib/index.d.ts; test/types checks them), so this rule cannot see them.
        manifest: { exportTypes: 'off', schemaVersion: 'off' }, // the analyzer (0.11.0) writes schema 1.0.0
      },
    }),
  ],
};
