// Retained memory per guide: render 1 (so one-time costs are in the baseline), full GC,
// weigh; add N more, full GC, weigh; divide. Weight = V8's heap + Blink's (Oilpan) heap,
// where DOM nodes, styles and layout objects live. Median of 3 fresh pages (1 in smoke).
import { heading, kib, median, out, table } from '../lib/report.mjs';
import { CONTENDERS } from './contenders.mjs';

export const snapshots = [{ operator: 'ooredoo', lang: 'en' }];

async function weigh(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize = 0 } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { js: usedSize, blink: embedderHeapUsedSize, nodes, listeners: jsEventListeners };
}

async function perGuide(ctx, el, n) {
  // A fresh context per page; kept open (not runPage) to weigh it between steps.
  const context = await ctx.browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await page.goto(`${ctx.server.url}/bench/pages/bench.html?el=${el}&operator=ooredoo&lang=en&n=1`);
    await page.waitForFunction(() => window.benchResult || window.benchError);
    const error = await page.evaluate(() => window.benchError);
    if (error) throw new Error(`memory ${el}: ${error}`);
    const before = await weigh(cdp);
    await page.evaluate((count) => window.benchMore(count), n);
    const after = await weigh(cdp);
    return Object.fromEntries(Object.keys(before).map((key) => [key, (after[key] - before[key]) / n]));
  } finally {
    await context.close();
  }
}

export async function run(ctx) {
  const n = ctx.smoke ? 20 : 500;
  const pages = ctx.samples ?? (ctx.smoke ? 1 : 3);
  const rows = [];
  const results = {};
  for (const { el, label } of CONTENDERS) {
    ctx.progress(`memory: ${el}, ${pages} × ${n} guides`);
    const weights = [];
    for (let i = 0; i < pages; i++) weights.push(await perGuide(ctx, el, n));
    const pick = (key) => median(weights.map((w) => w[key]));
    results[el] = {
      js: pick('js'),
      blink: pick('blink'),
      nodes: pick('nodes'),
      listeners: pick('listeners'),
    };
    const r = results[el];
    rows.push([
      label,
      kib(r.js + r.blink),
      kib(r.js),
      kib(r.blink),
      r.nodes.toFixed(0),
      r.listeners.toFixed(1),
    ]);
  }
  heading(`Retained memory per guide (Ooredoo, English; ${n} guides after 1, full GC; median of ${pages})`);
  out(table(['contender', 'total', 'V8 heap', 'Blink heap', 'DOM nodes', 'JS listeners'], rows));
  return { n, results };
}
