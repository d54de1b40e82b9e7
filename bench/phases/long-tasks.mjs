// Long tasks on a page with ONE guide (Ooredoo, English), CPU slowed 4× as Lighthouse's
// mobile profile does, fresh browser context per load: ours against a minimal Lit tab element
// showing the same content (bench/pages/minimal-lit/), loads interleaved. Aim: no task over
// 50 ms, and ours' longest ≤ 1.3× the minimal element's. Then a few traced loads of each say
// what the long tasks are made of (bench/lib/trace.mjs).
import { join } from 'node:path';
import { build } from 'vite';
import { runPage, slowCpu } from '../lib/browser.mjs';
import { heading, median, ms, out, table } from '../lib/report.mjs';
import { GROUP_NAMES, longTasksOf, traceLoad } from '../lib/trace.mjs';

export const snapshots = [{ operator: 'ooredoo', lang: 'en' }];

const CONTENDERS = [
  { id: 'ours', label: 'oman-sim-renewal', page: '/bench/pages/long-tasks.html' },
  { id: 'minimal', label: 'minimal Lit tab element', page: '/bench/pages/long-tasks-minimal-lit.html' },
];

/** The minimal Lit element, bundled with Lit into one minified file, as ours is. */
async function buildMinimalLit(repoRoot) {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    build: {
      target: 'es2021',
      outDir: join(repoRoot, 'bench/pages/generated'),
      emptyOutDir: false,
      lib: {
        entry: join(repoRoot, 'bench/pages/minimal-lit/minimal-lit-guide.js'),
        formats: ['es'],
        fileName: () => 'minimal-lit.js',
      },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  });
}

export async function run(ctx) {
  await buildMinimalLit(ctx.repoRoot);
  // 15: a longest task swings by ±40 % from load to load on a shared machine.
  const loads = ctx.samples ?? (ctx.smoke ? 1 : 15);
  const traced = ctx.smoke ? 1 : 3;
  ctx.progress(`long tasks: ${loads} loads of each page, CPU ×4, then ${traced} traced loads of each`);
  const runs = Object.fromEntries(CONTENDERS.map(({ id }) => [id, []]));
  for (let i = 0; i < loads; i++) {
    for (const { id, page } of i % 2 ? [...CONTENDERS].reverse() : CONTENDERS) {
      const result = await runPage(ctx.browser, `${ctx.server.url}${page}`, {
        fresh: true,
        setup: slowCpu(4),
      });
      const durations = result.tasks.map((task) => task.duration);
      runs[id].push({
        count: durations.length,
        longest: Math.max(0, ...durations),
        rendered: result.rendered,
      });
    }
  }
  const longest = (id) => median(runs[id].map((r) => r.longest));
  heading(`Long tasks, one guide, CPU ×4 (${loads} fresh loads of each page, interleaved)`);
  out(
    table(
      [
        'page',
        'long tasks (> 50 ms), median',
        'longest, median',
        'longest, each load',
        'guide rendered at, median',
      ],
      CONTENDERS.map(({ id, label }) => [
        label,
        median(runs[id].map((r) => r.count)),
        ms(longest(id), 0),
        runs[id].map((r) => Math.round(r.longest)).join(' '),
        ms(median(runs[id].map((r) => r.rendered)), 0),
      ]),
    ),
    `ours' longest / minimal Lit's longest (medians): ${(longest('ours') / longest('minimal')).toFixed(2)} (goal ≤ 1.3)`,
    'Every long task of the page counts (it holds nothing but the guide and two paragraphs),',
    "including the module's own parse and evaluation. 0 ms = no long task.",
  );

  // What the long tasks are made of: traced loads (tracing slows the page a little, so these
  // durations run higher than the ones above; the split is what matters).
  const traces = {};
  for (const { id, label, page } of CONTENDERS) {
    const loadsTasks = [];
    for (let i = 0; i < traced; i++) {
      loadsTasks.push(longTasksOf(await traceLoad(ctx.browser, `${ctx.server.url}${page}`), page));
    }
    traces[id] = loadsTasks;
    // Tasks matched by kind across loads; each cell the median over the loads that had one.
    const kinds = [...new Set(loadsTasks.flat().map((task) => task.kind))];
    const rows = kinds.map((kind) => {
      const tasks = loadsTasks
        .map((tasksOfLoad) => tasksOfLoad.find((task) => task.kind === kind))
        .filter(Boolean);
      const cell = (pick) => ms(median(tasks.map(pick)), 0);
      return [
        `${kind} (${tasks.length}/${traced})`,
        cell((task) => task.ms),
        ...GROUP_NAMES.map((name) => cell((task) => task.groups[name])),
      ];
    });
    heading(`What the long tasks are made of: ${label}, ${traced} traced loads, CPU ×4 (medians)`);
    out(table(['task', 'total', ...GROUP_NAMES], rows));
    const module = loadsTasks.flat().filter((task) => task.kind === 'module evaluation + first render');
    if (module.length) {
      out(
        `In the module's task: module evaluation (define and upgrade included) ${ms(median(module.map((t) => t.evaluate)), 0)},`,
        `the microtasks after it (the first render) ${ms(median(module.map((t) => t.microtasks)), 0)}.`,
      );
    }
  }
  return { runs, traces };
}
