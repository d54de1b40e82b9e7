// Fails when any message in src/ lacks a translation in any locale, or breaks one of the
// mechanical rules in scripts/translation-rules.mjs (placeholders kept, left-to-right
// values isolated, no raw Latin next to placeholders in ar/ur, Chinese punctuation).
// Extracts into a temporary copy of xliff/ (the repo is left untouched), so a source
// string that changed since the last `npm run i18n:extract` counts as untranslated too.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unisolatedPlaceholders, unitProblems } from './translation-rules.mjs';

/** @type {{ inputFiles: string[]; targetLocales: string[]; interchange: { xliffDir: string } }} */
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'osr-xliff-'));
try {
  cpSync(config.interchange.xliffDir, scratch, { recursive: true });
  const scratchConfig = join(scratch, 'lit-localize.json');
  writeFileSync(
    scratchConfig,
    JSON.stringify({
      ...config,
      inputFiles: config.inputFiles.map((glob) => join(process.cwd(), glob)),
      interchange: { ...config.interchange, xliffDir: scratch },
    }),
  );
  execFileSync('npx', ['lit-localize', 'extract', '--config', scratchConfig], { stdio: 'pipe' });

  const problems = [];
  const sourcesChecked = new Set();
  for (const locale of config.targetLocales) {
    const xliff = readFileSync(join(scratch, `${locale}.xlf`), 'utf8');
    const units = xliff.match(/<trans-unit\b[\s\S]*?<\/trans-unit>/g) ?? [];
    for (const unit of units) {
      const id = /** @type {RegExpMatchArray} */ (unit.match(/id="([^"]+)"/))[1];
      const source = unit.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '?';
      const target = unit.match(/<target>([\s\S]*?)<\/target>/);
      if (!sourcesChecked.has(id)) {
        sourcesChecked.add(id);
        for (const problem of unisolatedPlaceholders(source)) problems.push(`source ${id}: ${problem}`);
      }
      if (!target || !target[1].trim()) {
        problems.push(`${locale}: untranslated "${source.slice(0, 70)}"`);
        continue;
      }
      for (const problem of unitProblems(locale, source, target[1]))
        problems.push(`${locale} ${id}: ${problem}`);
    }
    console.log(`${locale}: ${units.length} messages`);
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(
      `${problems.length} problem(s). Run npm run i18n:extract, fill the <target>s in xliff/ and follow xliff/glossary*.md.`,
    );
    process.exitCode = 1;
  } else {
    console.log('Every message is translated and follows the rules.');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
