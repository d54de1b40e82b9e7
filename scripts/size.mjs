// `npm run size`: what the one-file builds weigh, part by part, against the budgets in
// scripts/size-budgets.mjs. Fails when a part or a file grows past its budget, so any
// growth is attributed to the part that grew.
//
// Method: dist/*.js.map maps every stretch of the minified file to a source module; each
// stretch is counted for the part its module belongs to. Stretches the map does not
// cover go to "unmapped": mostly the element's templates, which
// config/minify-template-literals.mjs rewrites without returning a source map. A part's minified bytes add up exactly to the file. Its gzip and brotli sizes
// are those of the part's bytes compressed ALONE: a part compresses a little worse alone
// than inside the file (no shared history with the rest), so the parts' compressed sizes
// add up to more than the file's. The file's own gzip/brotli sizes are what a CDN serves.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { BUDGETS } from './size-budgets.mjs';

// GNU gzip -9 (a Debian essential package), as the budgets were measured: Node's zlib
// (Chromium's fork) makes files about 3 % bigger at the same level.
const gzip = (/** @type {Buffer} */ bytes) =>
  execFileSync('gzip', ['-9', '-n', '-c'], { input: bytes, maxBuffer: 1 << 26 }).length;
const brotli = (/** @type {Buffer} */ bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * The part a source module belongs to (paths as the map writes them, relative to dist/).
 * @param {string} source
 */
export function partOf(source) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(source)) return 'Lit runtime';
  if (source.includes('node_modules/@lit/localize/')) return '@lit/localize runtime';
  const locale = /src\/i18n\/locales\/([\w-]+)\.ts$/.exec(source);
  if (locale) return `text: ${locale[1]}`;
  if (/src\/operators\//.test(source)) return 'operator facts';
  if (/src\/styles[./]/.test(source) || /\.styles\.ts$/.test(source)) return 'CSS';
  if (source.includes('src/')) return 'element code (+ English text)';
  return `other: ${source}`;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes one line of a source map's `mappings` into [generatedColumn, sourceIndex?] segments.
 * @param {string} line
 * @param {{ source: number }} state the source index, carried from segment to segment
 */
function segmentsOf(line, state) {
  /** @type {[number, number | undefined][]} */
  const segments = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += values[0];
    if (values.length > 1) state.source += values[1];
    segments.push([column, values.length > 1 ? state.source : undefined]);
    // (source line, column and name fields follow; only the source index matters here)
  }
  return segments;
}

/**
 * Splits the file's text into parts by the source map; returns { part: Buffer }.
 * @param {string} code
 * @param {{ mappings: string; sources: string[] }} map
 */
function partsOf(code, map) {
  /** @type {Map<string, string[]>} */
  const chunks = new Map();
  const add = (/** @type {string} */ part, /** @type {string} */ text) => {
    if (!text) return;
    if (!chunks.has(part)) chunks.set(part, []);
    chunks.get(part)?.push(text);
  };
  const state = { source: 0 };
  const lines = code.split('\n');
  map.mappings.split(';').forEach((mapping, index) => {
    const line = lines[index] ?? '';
    const segments = segmentsOf(mapping, state);
    let end = line.length;
    for (let i = segments.length - 1; i >= 0; i--) {
      const [column, source] = segments[i];
      add(source === undefined ? 'unmapped' : partOf(map.sources[source]), line.slice(column, end));
      end = column;
    }
    add('unmapped', line.slice(0, end) + (index < lines.length - 1 ? '\n' : ''));
  });
  for (let index = map.mappings.split(';').length; index < lines.length; index++) {
    add('unmapped', lines[index] + (index < lines.length - 1 ? '\n' : ''));
  }
  return new Map([...chunks].map(([part, texts]) => [part, Buffer.from(texts.reverse().join(''))]));
}

const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** @param {string | number} text @param {number} width @param {boolean} [left] */
const pad = (text, width, left) => (left ? String(text).padEnd(width) : String(text).padStart(width));

let failed = false;
for (const [file, budget] of Object.entries(BUDGETS)) {
  /** @type {Record<string, { gzip: number; brotli: number } | undefined>} */
  const partBudgets = budget.parts;
  let code;
  let map;
  try {
    code = readFileSync(file, 'utf8');
    map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  } catch {
    console.error(`${file} (or its .map) is missing: run npm run build first.`);
    process.exit(1);
  }
  const bytes = Buffer.from(code);
  const rows = [...partsOf(code, map)]
    .map(([part, partBytes]) => ({
      part,
      min: partBytes.length,
      gzip: gzip(partBytes),
      brotli: brotli(partBytes),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  rows.push({ part: 'FILE (as served)', min: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) });

  console.log(`\n${file}`);
  console.log(
    [
      pad('part', 34, true),
      pad('minified', 9),
      pad('gzip', 8),
      pad('brotli', 8),
      '  budget gzip / brotli',
    ].join(' '),
  );
  for (const row of rows) {
    const limit = row.part === 'FILE (as served)' ? budget.total : partBudgets[row.part];
    let verdict = 'NO BUDGET: add one to scripts/size-budgets.mjs';
    if (limit) {
      const over = [row.gzip > limit.gzip && 'gzip', row.brotli > limit.brotli && 'brotli'].filter(Boolean);
      verdict = `${limit.gzip} / ${limit.brotli}${over.length ? `  OVER (${over.join(', ')})` : ''}`;
      if (over.length) failed = true;
    } else failed = true;
    console.log(
      [pad(row.part, 34, true), pad(row.min, 9), pad(row.gzip, 8), pad(row.brotli, 8), `  ${verdict}`].join(
        ' ',
      ),
    );
  }
  const file_ = rows[rows.length - 1];
  console.log(
    `(${kB(file_.min)} minified, ${kB(file_.gzip)} gzip, ${kB(file_.brotli)} brotli; bytes. Parts are compressed alone,`,
    'so their sizes add up to more than the file: see the method at the top of scripts/size.mjs.)',
  );
}
process.exit(failed ? 1 : 0);
