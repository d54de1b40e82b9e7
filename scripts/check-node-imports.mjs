// `npm run check`: every JavaScript entry of the package imports in Node without throwing
// (server rendering: SvelteKit, Astro, Next import it on the server), even in an app that
// has configured @lit/localize itself. Node resolves the package by its own name through
// package.json "exports" (its "node" condition), as an app's server would. Needs lib/.
import { readFileSync } from 'node:fs';
import { configureLocalization } from '@lit/localize';

// An app that localizes itself with @lit/localize, configured before our element loads.
configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async () => ({ templates: {} }),
});

const { name, exports } = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = Object.entries(exports)
  .filter(([, target]) => JSON.stringify(target).includes('.js"'))
  .map(([subpath]) => name + subpath.slice(1));

let failed = 0;
for (const entry of entries) {
  try {
    const module = await import(entry);
    if (typeof module.OmanSimRenewal !== 'function') throw new Error('no OmanSimRenewal export');
  } catch (error) {
    failed++;
    console.error(`import('${entry}') in Node: ${error}`);
  }
}
if (failed) process.exit(1);
console.log(`Node imports every entry without throwing: ${entries.join(', ')}.`);
