// `npm run check-sources [-- --write]`: a maintainer's check of every fact against its
// source page, over the network (never part of `npm test`). Reads each URL once, reports
// per fact, and exits non-zero when a verified fact's page is gone or no longer shows its
// value. With --write, moves `checked` to today for the facts found verbatim.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkFacts, isFailure } from './check-sources/check.mjs';
import { loadFacts } from './check-sources/load.mjs';
import { bumpChecked } from './check-sources/write.mjs';

const write = process.argv.includes('--write');
const facts = await loadFacts();
const results = await checkFacts(facts);

const MARKS = {
  present: 'ok',
  changed: 'CHANGED',
  gone: 'GONE',
  unreachable: '??',
  unreadable: '??',
  unchecked: '--',
};
for (const { key, fact, result, reason } of results)
  console.log(
    `${MARKS[result].padEnd(7)} ${key} (${fact.status}) ${result}${reason ? `: ${reason}` : ''}\n        ${fact.source}`,
  );

const failures = results.filter(isFailure);
const counts = new Map();
for (const { result } of results) counts.set(result, (counts.get(result) ?? 0) + 1);
console.log(`\n${results.length} facts: ${[...counts].map(([result, n]) => `${n} ${result}`).join(', ')}`);

if (write) {
  const today = new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD, local date
  const byFile = new Map();
  for (const { file, fact, result } of results)
    if (result === 'present') byFile.set(file, [...(byFile.get(file) ?? []), fact]);
  for (const [file, found] of byFile) {
    const { text, changed } = bumpChecked(readFileSync(file, 'utf8'), found, today);
    if (changed) writeFileSync(file, text);
    console.log(`--write: ${file}: ${changed} fact(s) now checked ${today}`);
  }
}

if (failures.length) {
  console.error(
    `\n${failures.length} verified fact(s) no longer found on their source: correct the data and docs/sources.md.`,
  );
  process.exitCode = 1;
}
