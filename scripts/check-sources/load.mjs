// Reads the fact data straight from src/operators/*.ts: each module is transpiled on its own
// (types dropped) into a temporary folder and imported, so no build is needed.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { listFacts } from './check.mjs';

/** Every fact in `dir` (default src/operators), as listFacts gives them. */
export async function loadFacts(dir = 'src/operators') {
  const scratch = mkdtempSync(join(tmpdir(), 'osr-facts-'));
  try {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const { outputText } = ts.transpileModule(readFileSync(join(dir, file), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      writeFileSync(join(scratch, file.replace(/\.ts$/, '.js')), outputText);
    }
    const { OPERATORS } = await import(pathToFileURL(join(scratch, 'index.js')).href);
    const { SHARED } = await import(pathToFileURL(join(scratch, 'shared.js')).href);
    return listFacts(OPERATORS, SHARED);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
