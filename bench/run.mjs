#!/usr/bin/env node
// Benchmarks for <oman-sim-renewal> (issue 6). Not a test: nothing here fails on a slow
// result, and it is not part of `npm test`. See bench/README.md.
//
//   node bench/run.mjs [--only=compare,first,tabs,scaling,memory,lighthouse]
//                      [--samples=N] [--lighthouse-runs=N] [--memory-n=N] [--json=FILE]
//
// Needs dist/oman-sim-renewal.js (npm run build), /usr/bin/chromium and, for tachometer,
// /usr/bin/chromedriver (Debian package chromium-driver). Everything it starts listens on
// 127.0.0.1 only and is stopped before it exits.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');
const dist = join(repoRoot, 'dist/oman-sim-renewal.js');

// ---------------------------------------------------------------- options
const PHASES = ['compare', 'first', 'tabs', 'scaling', 'memory', 'lighthouse'];
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match) fail(`unknown argument ${arg}`);
    return [match[1], match[2] ?? 'true'];
  }),
);
if (args.help) {
  console.log(
    'node bench/run.mjs [--only=' +
      PHASES.join(',') +
      '] [--samples=N] [--lighthouse-runs=N] [--memory-n=N] [--json=FILE]',
  );
  process.exit(0);
}
const only = new Set(args.only ? args.only.split(',') : PHASES);
for (const phase of only)
  if (!PHASES.includes(phase)) fail(`unknown phase ${phase}; use ${PHASES.join(', ')}`);
const samplesOverride = args.samples ? Number(args.samples) : undefined;
const lighthouseRuns = Number(args['lighthouse-runs'] ?? 3);
const memoryN = Number(args['memory-n'] ?? 500);

// Default sample sizes keep the whole run under ~4 minutes on 2 cores.
const SAMPLES = { compare: 30, first: 20, tabs: 15, scaling: 10 };

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------- preflight
if (!existsSync(dist)) fail('dist/oman-sim-renewal.js is missing: run `npm run build` first.');
const { CHROME_PATH } = await import('./lib/browser.mjs');
if (!existsSync(CHROME_PATH)) fail(`no Chromium at ${CHROME_PATH} (set CHROME_PATH).`);
const needsTach = ['compare', 'first', 'tabs', 'scaling'].some((phase) => only.has(phase));
const chromedriver = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';
if (needsTach && !existsSync(chromedriver)) {
  fail(
    `no chromedriver at ${chromedriver}: install it with \`apt-get install -y chromium-driver\` (as root).`,
  );
}

// ---------------------------------------------------------------- cleanup
const cleanups = [];
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    for (const close of cleanups.splice(0).reverse()) {
      try {
        await close();
      } catch {
        // already gone
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.error(`\nbench: ${signal}, stopping servers and browsers…`);
    await cleanup();
    process.exit(130);
  });
}

// ---------------------------------------------------------------- output helpers
const color = process.stdout.isTTY && !process.env.NO_COLOR;
// eslint-disable-next-line no-control-regex
const strip = (text) => (color ? text : text.replace(/\x1b\[[0-9;]*m/g, ''));
const out = (...lines) => console.log(lines.join('\n'));
const heading = (text) => out('', color ? `\x1b[1m${text}\x1b[0m` : text, '-'.repeat(text.length));
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
const progress = (text) => process.stderr.write(`[${elapsed()}] ${text}\n`);

const ms = (x, digits = 2) => `${x.toFixed(digits)} ms`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function table(headers, rows, align = []) {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) =>
    row.map((cell, i) => (align[i] === 'l' ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

const results = { machine: {}, startedAt: new Date().toISOString() };

// ---------------------------------------------------------------- machine
function machineInfo() {
  let chromium = '?';
  try {
    chromium = execFileSync(CHROME_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // keep '?'
  }
  return {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(freemem() / 2 ** 30).toFixed(1)} GiB free`,
    load: loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
    node: process.version,
    chromium,
  };
}

results.machine = machineInfo();
heading('Machine');
out(
  `CPUs:      ${results.machine.cpus}`,
  `Memory:    ${results.machine.memory}`,
  `Load avg:  ${results.machine.load} (1/5/15 min, at start; other work on the machine skews timings)`,
  `Node:      ${results.machine.node}`,
  `Browser:   ${results.machine.chromium} (headless)`,
);

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}

async function main() {
  const { startModuleServer, startStaticServer } = await import('./lib/servers.mjs');
  const { launchBrowser } = await import('./lib/browser.mjs');

  // ------------------------------------------------------------ shared text
  // The Shoelace and minimal pages show the guide's own English text, read from the
  // current build, so the comparison stays fair when the guide's copy changes.
  progress('reading the guide text from dist/ …');
  const moduleServer = await startModuleServer(repoRoot);
  cleanups.push(() => moduleServer.close());
  {
    const { writeGuideText } = await import('./lib/guide-text.mjs');
    const browser = await launchBrowser();
    try {
      const text = await writeGuideText(browser, moduleServer.url, join(benchDir, 'pages/guide-text.js'));
      results.guideText = text.chars;
      heading(
        'Text per panel (English generic guide; the same text goes into the Shoelace and minimal pages)',
      );
      out(text.chars.map(({ id, chars }) => `${id}: ${chars} chars`).join(', '));
    } finally {
      await browser.close();
    }
  }

  // ------------------------------------------------------------ tachometer runs
  const { runTach, stopTach } = await import('./lib/tach.mjs');
  cleanups.push(stopTach);
  const tach = async (name, phase) => {
    const sampleSize = samplesOverride ?? SAMPLES[phase];
    progress(`tachometer: ${name} (${sampleSize} samples per benchmark) …`);
    const result = await runTach(join(benchDir, 'configs', `${name}.json`), { sampleSize });
    progress(`tachometer: ${name} done`);
    return result;
  };
  const find = (benchmarks, prefix) => benchmarks.find((b) => b.name.startsWith(prefix));
  const ciHalf = (b) => (b.ci.high - b.ci.low) / 2;

  if (only.has('compare')) {
    const { table: tachTable, benchmarks } = await tach('compare', 'compare');
    const [a, b, c] = ['oman-sim-renewal', 'sl-tab-group', 'minimal-lit'].map((p) => find(benchmarks, p));
    heading('1. Create + render 100 instances (tachometer, headless Chromium)');
    out(strip(tachTable));
    out(
      '',
      table(
        ['benchmark', 'mean', '95% CI of mean', 'median', 'per instance (mean)'],
        [a, b, c].map((x) => [
          x.name,
          ms(x.mean),
          `${x.ci.low.toFixed(2)} – ${x.ci.high.toFixed(2)} ms`,
          ms(median(x.samples)),
          ms(x.mean / 100, 3),
        ]),
        ['l'],
      ),
      '',
      // Conservative range for the ratio from the two means' confidence intervals.
      `a/b  oman-sim-renewal / sl-tab-group = ${(a.mean / b.mean).toFixed(2)}  ` +
        `(from CIs: ${(a.ci.low / b.ci.high).toFixed(2)} – ${(a.ci.high / b.ci.low).toFixed(2)}; medians: ${(median(a.samples) / median(b.samples)).toFixed(2)})`,
      `a/c  oman-sim-renewal / minimal-lit  = ${(a.mean / c.mean).toFixed(2)}  ` +
        `(from CIs: ${(a.ci.low / c.ci.high).toFixed(2)} – ${(a.ci.high / c.ci.low).toFixed(2)}; medians: ${(median(a.samples) / median(c.samples)).toFixed(2)})`,
    );
    results.compare = { benchmarks, ratios: { ab: a.mean / b.mean, ac: a.mean / c.mean } };
  }

  if (only.has('first')) {
    const { benchmarks } = await tach('first-render', 'first');
    heading('First render of a single instance (fresh page; includes one-time template/style/Intl setup)');
    out(
      table(
        ['benchmark', 'mean', '95% CI of mean', 'median'],
        benchmarks.map((x) => [x.name, ms(x.mean), `± ${ciHalf(x).toFixed(2)} ms`, ms(median(x.samples))]),
        ['l'],
      ),
    );
    results.firstRender = benchmarks;
  }

  if (only.has('tabs')) {
    const { benchmarks } = await tach('tab-switch', 'tabs');
    heading('Tab switch (100 changes on one instance: set tab / show(), await update, force layout)');
    out(
      table(
        ['benchmark', 'total (mean)', '95% CI of mean', 'per switch (mean)', 'per switch (median)'],
        benchmarks.map((x) => [
          x.name,
          ms(x.mean),
          `± ${ciHalf(x).toFixed(2)} ms`,
          ms(x.mean / 100, 3),
          ms(median(x.samples) / 100, 3),
        ]),
        ['l'],
      ),
    );
    const [a, b, c] = ['oman-sim-renewal', 'sl-tab-group', 'minimal-lit'].map((p) => find(benchmarks, p));
    out('', `ratios (means): a/b = ${(a.mean / b.mean).toFixed(2)}, a/c = ${(a.mean / c.mean).toFixed(2)}`);
    results.tabSwitch = benchmarks;
  }

  if (only.has('scaling')) {
    const { benchmarks } = await tach('scaling', 'scaling');
    const points = benchmarks
      .map((x) => ({ n: Number(/x(\d+)$/.exec(x.name)[1]), ...x }))
      .sort((p, q) => p.n - q.n);
    heading('2. Scaling: <oman-sim-renewal> instances on one page');
    out(
      table(
        ['instances', 'mean', '95% CI of mean', 'median', 'per instance', 'marginal per instance'],
        points.map((p, i) => [
          p.n,
          ms(p.mean),
          `± ${ciHalf(p).toFixed(2)} ms`,
          ms(median(p.samples)),
          ms(p.mean / p.n, 3),
          i === 0
            ? ''
            : `${ms((p.mean - points[i - 1].mean) / (p.n - points[i - 1].n), 3)} (${points[i - 1].n}→${p.n})`,
        ]),
      ),
    );
    // Least-squares line t = a + b·n over the means.
    const xs = points.map((p) => p.n);
    const ys = points.map((p) => p.mean);
    const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
    const my = ys.reduce((s, y) => s + y, 0) / ys.length;
    const slope =
      xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    const intercept = my - slope * mx;
    const ssRes = ys.reduce((s, y, i) => s + (y - (intercept + slope * xs[i])) ** 2, 0);
    const ssTot = ys.reduce((s, y) => s + (y - my) ** 2, 0);
    const r2 = 1 - ssRes / ssTot;
    const at = (n) => points.find((p) => p.n === n);
    const p10 = at(10);
    const p100 = at(100);
    const p1000 = at(1000);
    let verdict = '';
    if (p10 && p100 && p1000) {
      const early = (p100.mean - p10.mean) / 90;
      const late = (p1000.mean - p100.mean) / 900;
      const growth = late / early;
      verdict =
        growth > 1.33
          ? `SUPERLINEAR: each instance costs ${growth.toFixed(2)}× more between 100 and 1000 than between 10 and 100.`
          : growth < 0.75
            ? `sublinear: the marginal cost falls to ${growth.toFixed(2)}× between 100 and 1000 (fixed costs and JIT warm-up amortised).`
            : `linear: the marginal cost per instance is ${growth.toFixed(2)}× between 100→1000 vs 10→100 (within ±25–33%).`;
      results.scaling = { growth };
    }
    results.scaling = { ...results.scaling, points: benchmarks, fit: { intercept, slope, r2 } };
    out(
      '',
      `linear fit over the means: t(n) ≈ ${intercept.toFixed(1)} ms + ${slope.toFixed(3)} ms × n  (R² = ${r2.toFixed(4)})`,
      p100 && p1000
        ? `per-instance cost at 100: ${ms(p100.mean / 100, 3)}, at 1000: ${ms(p1000.mean / 1000, 3)} (ratio ${(p1000.mean / 1000 / (p100.mean / 100)).toFixed(2)})`
        : '',
      `verdict: ${verdict || 'need the 10, 100 and 1000 points'}`,
    );
  }

  // ------------------------------------------------------------ memory
  if (only.has('memory')) {
    progress(`memory: ${memoryN} instances × 3 elements …`);
    const { measureMemory } = await import('./lib/memory.mjs');
    const browser = await launchBrowser(['--js-flags=--expose-gc']);
    cleanups.push(() => browser.close());
    const rows = [];
    const memory = {};
    for (const [el, name] of [
      ['oman', 'oman-sim-renewal'],
      ['shoelace', 'sl-tab-group (+ 4 sl-tab, 4 sl-tab-panel)'],
      ['minimal', 'minimal-lit'],
    ]) {
      const m = await measureMemory(browser, moduleServer.url, el, { n: memoryN, runs: 3 });
      memory[el] = m;
      rows.push([
        name,
        kb(m.bytes),
        kb(m.js),
        kb(m.embedder),
        m.nodes.toFixed(0),
        m.listeners.toFixed(1),
        kb(m.first),
      ]);
    }
    await browser.close();
    progress('memory done');
    heading(
      `3. Retained heap per instance (${memoryN} attached instances, after full GC; median of 3 fresh pages)`,
    );
    out(
      table(
        [
          'element',
          'total / instance',
          'V8 JS heap',
          'Blink (DOM, styles, layout)',
          'DOM nodes',
          'JS listeners',
          'first instance incl. one-time',
        ],
        rows,
        ['l'],
      ),
      '',
      'total = Runtime.getHeapUsage usedSize + embedderHeapUsedSize (+ backing stores); baseline = page with one',
      'instance already rendered, so one-time costs (templates, compiled code, style sheets) are not divided.',
      'DOM nodes include text, comment (Lit markers) and user-agent shadow nodes (date input, select).',
    );
    results.memory = memory;
  }

  // ------------------------------------------------------------ lighthouse
  if (only.has('lighthouse')) {
    const { runLighthouse, CATEGORIES } = await import('./lib/lighthouse.mjs');
    // Serves demo/ and dist/ like a blog and a CDN would (gzip on).
    const staticServer = await startStaticServer(repoRoot, ['demo', 'dist']);
    cleanups.push(() => staticServer.close());
    const runs = [];
    for (let i = 1; i <= lighthouseRuns; i++) {
      progress(`lighthouse run ${i}/${lighthouseRuns} …`);
      runs.push(await runLighthouse(`${staticServer.url}/demo/`));
    }
    await staticServer.close();
    const medians = Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((r) => r.scores[id]))]));
    heading(
      `4. Lighthouse 12.2.3 on demo/index.html (${runs[0].formFactor}, ${runs[0].throttling} throttling; ${lighthouseRuns} runs)`,
    );
    out(
      table(
        ['run', ...CATEGORIES, 'FCP', 'LCP', 'TBT', 'CLS'],
        [
          ...runs.map((r, i) => [
            i + 1,
            ...CATEGORIES.map((id) => r.scores[id]),
            ms(r.metrics.fcp, 0),
            ms(r.metrics.lcp, 0),
            ms(r.metrics.tbt, 0),
            r.metrics.cls?.toFixed(3),
          ]),
          [
            'median',
            ...CATEGORIES.map((id) => medians[id]),
            ms(median(runs.map((r) => r.metrics.fcp)), 0),
            ms(median(runs.map((r) => r.metrics.lcp)), 0),
            ms(median(runs.map((r) => r.metrics.tbt)), 0),
            median(runs.map((r) => r.metrics.cls ?? 0)).toFixed(3),
          ],
        ],
      ),
    );
    const failing = [...new Set(runs.flatMap((r) => r.failing))];
    const errored = [...new Set(runs.flatMap((r) => r.errored))];
    const consoleErrors = [...new Set(runs.flatMap((r) => r.consoleErrors))];
    out(
      '',
      `audits below 90 in any run: ${failing.join(', ') || 'none'}`,
      consoleErrors.length ? `console errors: ${consoleErrors.join(' | ')}` : '',
      staticServer.notFound.size ? `404s served: ${[...staticServer.notFound].join(', ')}` : '',
      `audits that errored (known on Chromium 156, scores unaffected): ${errored.join(', ') || 'none'}`,
    );
    results.lighthouse = { runs, medians };
  }

  heading('Done');
  out(`total runtime: ${elapsed()}`);
  results.runtimeSeconds = (Date.now() - started) / 1000;
  if (args.json) {
    await writeFile(resolve(args.json), JSON.stringify(results, null, 2) + '\n');
    out(`results written to ${args.json}`);
  }
}
