// Time to the guide's first visible text on a fresh page, CPU slowed 4× (as Lighthouse's
// mobile profile): with the snippet alone (the text appears once the script has loaded and the
// guide rendered) and with the guide prerendered as declarative shadow DOM
// (prerender/render.mjs: the browser paints it with the HTML, before any script).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPage, slowCpu } from '../lib/browser.mjs';
import { heading, median, ms, out, table } from '../lib/report.mjs';

export const snapshots = [];

/** The two pages, written at bench time from today's build (bench/pages/generated/, not committed). */
async function writePages(repoRoot) {
  const { renderGuide } = await import(join(repoRoot, 'prerender/render.mjs'));
  const dir = join(repoRoot, 'bench/pages/generated');
  mkdirSync(dir, { recursive: true });
  const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," />
<meta name="viewport" content="width=device-width, initial-scale=1" /><title>${title}</title>
<script type="module" src="/dist/oman-sim-renewal.js"></script>
<script type="module" src="/bench/pages/first-text.js"></script>
</head><body>${body}</body></html>\n`;
  writeFileSync(
    join(dir, 'first-text-script.html'),
    page('first text, script only', '<oman-sim-renewal operator="ooredoo"></oman-sim-renewal>'),
  );
  writeFileSync(
    join(dir, 'first-text-prerendered.html'),
    page('first text, prerendered', renderGuide({ operator: 'ooredoo' }, { shadow: true, plain: false })),
  );
}

export async function run(ctx) {
  await writePages(ctx.repoRoot);
  const loads = ctx.samples ?? (ctx.smoke ? 1 : 7);
  ctx.progress(`first text: ${loads} loads of each page, CPU ×4`);
  const rows = [];
  const results = {};
  for (const [name, file] of [
    ['snippet only (text after the script)', 'first-text-script.html'],
    ['prerendered (declarative shadow DOM)', 'first-text-prerendered.html'],
  ]) {
    const times = [];
    for (let i = 0; i < loads; i++) {
      const result = await runPage(ctx.browser, `${ctx.server.url}/bench/pages/generated/${file}`, {
        fresh: true,
        setup: slowCpu(4),
      });
      times.push(result.firstText);
    }
    results[file] = times;
    rows.push([name, ms(median(times), 0), ms(Math.min(...times), 0), ms(Math.max(...times), 0)]);
  }
  heading(`Time to the guide's first visible text, CPU ×4 (${loads} fresh loads each)`);
  out(
    table(['page', 'median', 'fastest', 'slowest'], rows),
    'Prerendered: the first paint holding the guide (First Contentful Paint: the page holds',
    'nothing else). Snippet only: the frame after the guide first rendered its steps.',
  );
  return results;
}
