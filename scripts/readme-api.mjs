// Writes README's API tables from custom-elements.json (made by `npm run analyze` from the
// JSDoc on the element class), between <!-- api:NAME --> and <!-- /api:NAME --> markers.
// With --check it changes nothing and fails when README is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

/**
 * The parts of custom-elements.json this script reads.
 * @typedef {{ name: string; fieldName?: string; type?: { text: string }; default?: string;
 *   description?: string; kind?: string; privacy?: string; static?: boolean; readonly?: boolean }} Entry
 * @typedef {{ tagName?: string; attributes?: Entry[]; members?: Entry[]; events?: Entry[];
 *   slots?: Entry[]; cssParts?: Entry[]; cssProperties?: Entry[] }} Declaration
 */

/** @type {{ modules: { declarations?: Declaration[] }[] }} */
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'oman-sim-renewal');
if (!element) throw new Error('custom-elements.json has no oman-sim-renewal; run npm run analyze');

const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (/** @type {string | undefined} */ text) => (text ? `\`${cell(text)}\`` : '');
/** @param {string[]} head @param {string[][]} rows */
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const publicMembers = (element.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static);
const tables = {
  attributes: table(
    ['Attribute', 'Property', 'Type', 'Default', 'Description'],
    (element.attributes ?? []).map((a) => [
      code(a.name),
      code(a.fieldName),
      code(a.type?.text),
      code(a.default),
      cell(a.description),
    ]),
  ),
  properties: table(
    ['Read-only property', 'Type', 'Description'],
    publicMembers
      .filter((m) => m.readonly)
      .map((m) => [code(m.name), code(m.type?.text), cell(m.description)]),
  ),
  events: table(
    ['Event', 'Type', 'Description'],
    (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
  ),
  slots: table(
    ['Slot', 'Description'],
    (element.slots ?? []).map((s) => [code(s.name), cell(s.description)]),
  ),
  parts: table(
    ['Part', 'Description'],
    (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
  ),
  'css-properties': table(
    ['Custom property', 'Default', 'Description'],
    (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
  ),
};

const readme = readFileSync('README.md', 'utf8');
let updated = readme;
for (const [name, content] of Object.entries(tables)) {
  const pattern = new RegExp(`(<!-- api:${name} -->)[\\s\\S]*?(<!-- /api:${name} -->)`);
  if (!pattern.test(updated)) throw new Error(`README.md lacks the <!-- api:${name} --> markers`);
  updated = updated.replace(pattern, `$1\n\n${content}\n\n$2`);
}

// Formatted as `prettier --check` expects, so the two checks agree.
updated = await prettier.format(updated, {
  ...(await prettier.resolveConfig('README.md')),
  parser: 'markdown',
});

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md API tables are stale: run npm run docs:api');
    process.exit(1);
  }
  console.log('README.md API tables match custom-elements.json.');
} else {
  writeFileSync('README.md', updated);
  console.log('README.md API tables written from custom-elements.json.');
}
