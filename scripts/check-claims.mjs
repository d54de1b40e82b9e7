// The claims ledger (xliff/claims.json): every sentence a reader can see is one of
// - `fact`: it shows sourced facts, named as `operator.field` (src/operators/), `shared.field`,
//   or `sources.checked` / `sources.notFound` (what docs/sources.md says was read or not found);
// - `advice`: worded as advice;
// - `navigation`: labels, buttons, statuses.
// A new or changed sentence (a new message id) fails until it is classified, and a
// sentence marked `hedge` ("may", "should", "not known") fails in any language whose
// translation drops every hedge word of that language. Run by `npm run check`.
import { readFileSync, readdirSync } from 'node:fs';

const KINDS = new Set(['fact', 'advice', 'navigation']);
const SOURCE_FACTS = new Set(['sources.checked', 'sources.notFound']);

/** @typedef {Record<string, { source: string, target?: string }>} Messages */
/** @typedef {{ kind: string, facts?: string[], hedge?: boolean, en: string }} Claim */

/**
 * Words that carry a hedge in each language (see xliff/glossary*.md).
 * @type {Record<string, RegExp>}
 */
export const HEDGES = {
  'zh-Hans': /可能|也许|或许|应该|不知道/,
  'zh-Hant': /可能|也許|或許|應該|不知道/,
  ar: /قد |ربما|يُفترض|لا يُعرف/,
  ur: /شاید|ممکن|سکت|چاہیے|معلوم نہیں/,
  hi: /शायद|सकता|सकती|सकते|चाहिए|पता नहीं/,
  bn: /হয়তো|পারে|না-ও|উচিত|কথা|জানা নেই/,
  ml: /േക്കാം|ാവാം|വരാം|േക്കില്ല|അറിയില്ല|ണ്ടതാണ്/,
};

/**
 * `{ id: { source, target } }` of one XLIFF file's messages, placeholders as {0}.
 * @param {string} text
 * @returns {Messages}
 */
export function readXliff(text) {
  const plain = (/** @type {string} */ xml) =>
    xml
      .replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  /** @type {Messages} */
  const units = {};
  const unit =
    /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g;
  for (const [, id, source, target] of text.matchAll(unit))
    units[id] = { source: plain(source), target: target === undefined ? undefined : plain(target) };
  return units;
}

/**
 * Whether `name` names a fact the data holds (a field of that operator's or the shared module).
 * @param {string} name
 * @param {(module: string) => string | undefined} readModule
 */
function factExists(name, readModule) {
  if (SOURCE_FACTS.has(name)) return true;
  const [module, field] = name.split('.');
  if (!module || !field) return false;
  const code = readModule(module);
  return code !== undefined && new RegExp(`\\b${field}\\s*[:?]`).test(code);
}

/**
 * Problems with the ledger against the catalogs: `catalogs` maps each locale to its
 * messages (`readXliff`), `ledger` is claims.json, `readModule(name)` returns the source of
 * src/operators/<name>.ts (or undefined).
 * @param {Record<string, Messages>} catalogs
 * @param {Record<string, Claim>} ledger
 * @param {(module: string) => string | undefined} readModule
 * @returns {string[]}
 */
export function claimProblems(catalogs, ledger, readModule) {
  const problems = [];
  const [first] = Object.values(catalogs);
  for (const [id, { source }] of Object.entries(first)) {
    const claim = ledger[id];
    if (!claim) {
      problems.push(`${id} is not classified in xliff/claims.json: "${source}"`);
      continue;
    }
    if (!KINDS.has(claim.kind))
      problems.push(`${id}: kind "${claim.kind}" is not fact, advice or navigation`);
    if (claim.en !== source) problems.push(`${id}: the ledger's text differs from the message: "${source}"`);
    if (claim.kind === 'fact') {
      if (!claim.facts?.length) problems.push(`${id}: a fact names no fact`);
      for (const fact of claim.facts ?? [])
        if (!factExists(fact, readModule)) problems.push(`${id}: no fact "${fact}" in src/operators/`);
    }
    if (claim.hedge) {
      for (const [locale, messages] of Object.entries(catalogs)) {
        const target = messages[id]?.target;
        if (target !== undefined && HEDGES[locale] && !HEDGES[locale].test(target))
          problems.push(`${locale} ${id}: the translation drops the hedge of "${source}": "${target}"`);
      }
    }
  }
  for (const id of Object.keys(ledger))
    if (!(id in first)) problems.push(`${id} is in xliff/claims.json but no longer a message`);
  return problems;
}

/** Reads the project's own files. */
export function projectProblems(root = new URL('..', import.meta.url)) {
  /** @type {Record<string, Messages>} */
  const catalogs = {};
  for (const file of readdirSync(new URL('xliff/', root)).filter((name) => name.endsWith('.xlf')))
    catalogs[file.replace('.xlf', '')] = readXliff(readFileSync(new URL(`xliff/${file}`, root), 'utf8'));
  const ledger = JSON.parse(readFileSync(new URL('xliff/claims.json', root), 'utf8'));
  const readModule = (/** @type {string} */ name) => {
    try {
      return readFileSync(new URL(`src/operators/${name}.ts`, root), 'utf8');
    } catch {
      return undefined;
    }
  };
  return claimProblems(catalogs, ledger, readModule);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = projectProblems();
  for (const problem of problems) console.error(problem);
  if (problems.length) {
    console.error(`${problems.length} problem(s) in the claims ledger (xliff/claims.json).`);
    process.exit(1);
  }
  console.log('Every sentence is classified as a fact, advice or navigation; every hedge is kept.');
}
