#!/usr/bin/env node
// Benchmarks for <oman-sim-renewal>: not a test, nothing fails on a slow number. See
// bench/README.md.
//
//   npm run bench [-- --only=cold,warm,scaling,long-tasks,memory,lighthouse] [--smoke]
//                    [--samples=N] [--json=FILE]
//
// --smoke: one sample of everything (under a minute), so CI notices when the harness rots.
// --samples=N: N samples (page loads, Lighthouse runs) per benchmark instead of the default.
// Needs dist/ (npm run build) and /usr/bin/chromium. Everything listens on 127.0.0.1 and
// is stopped when the run ends, fails or is interrupted.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_PATH, launchBrowser } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { writeSnapshots } from './lib/snapshot.mjs';
import { heading, out } from './lib/report.mjs';

const PHASES = ['cold', 'warm', 'scaling', 'long-tasks', 'first-text', 'memory', 'lighthouse'];
const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match) fail(`unknown argument ${arg}; see bench/README.md`);
    return [match[1], match[2] ?? 'true'];
  }),
);
const only = args.only ? args.only.split(',') : PHASES;
for (const phase of only)
  if (!PHASES.includes(phase)) fail(`unknown phase ${phase}; use ${PHASES.join(', ')}`);
if (!existsSync(join(repoRoot, 'dist/oman-sim-renewal.js')))
  fail('dist/ is missing: run `npm run build` first.');
if (!existsSync(CHROME_PATH))
  fail(`no Chromium at ${CHROME_PATH} (apt-get install chromium, or set CHROME_PATH).`);

const started = Date.now();
const progress = (text) => process.stderr.write(`[${Math.round((Date.now() - started) / 1000)}s] ${text}\n`);
const cleanups = [];
const cleanup = async () => {
  for (const close of cleanups.splice(0).reverse()) await close().catch(() => {});
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await cleanup();
    process.exit(130);
  });
}

const machine = {
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  loadAtStart: loadavg()
    .map((x) => x.toFixed(2))
    .join(' '),
  node: process.version,
  chromium: execFileSync(CHROME_PATH, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim(),
};
heading(args.smoke ? 'Machine (SMOKE RUN: one sample each, the figures mean nothing)' : 'Machine');
out(
  `${machine.cpus}, ${machine.memory}, ${machine.node}, ${machine.chromium} headless`,
  `load average at start ${machine.loadAtStart} (1/5/15 min): other work on the machine adds noise`,
);

const results = { machine, smoke: Boolean(args.smoke), startedAt: new Date().toISOString() };
try {
  const server = await startServer(repoRoot, ['bench', 'dist', 'demo', 'node_modules/@shoelace-style']);
  cleanups.push(server.close);
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const samples = args.samples ? Number(args.samples) : undefined;
  const ctx = { browser, server, repoRoot, smoke: Boolean(args.smoke), samples, progress, cleanups };
  const phases = await Promise.all(only.map(async (name) => [name, await import(`./phases/${name}.mjs`)]));

  // The Shoelace and limit contenders show what today's build renders.
  const configs = new Map(
    phases.flatMap(([, phase]) => phase.snapshots).map((c) => [`${c.operator} ${c.lang}`, c]),
  );
  if (configs.size) {
    progress('capturing what the built guide renders');
    await writeSnapshots(
      browser,
      server.url,
      [...configs.values()],
      join(benchDir, 'pages/generated/snapshots.js'),
    );
  }
  for (const [name, phase] of phases) results[name] = await phase.run(ctx);
  heading('Done');
  out(`${Math.round((Date.now() - started) / 1000)} s`);
  if (args.json) await writeFile(resolve(args.json), JSON.stringify(results, null, 1) + '\n');
} catch (error) {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
