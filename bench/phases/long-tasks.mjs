// Long tasks on a page with ONE guide (Ooredoo, English), CPU slowed 4× as Lighthouse's
// mobile profile does, fresh browser context per load. Aim: no task over 50 ms.
import { runPage } from '../lib/browser.mjs';
import { heading, median, ms, out, table } from '../lib/report.mjs';

export const snapshots = [];

export async function run(ctx) {
  const loads = ctx.samples ?? (ctx.smoke ? 1 : 7);
  ctx.progress(`long tasks: ${loads} loads, CPU ×4`);
  const runs = [];
  for (let i = 0; i < loads; i++) {
    const result = await runPage(ctx.browser, `${ctx.server.url}/bench/pages/long-tasks.html`, {
      fresh: true,
      setup: async (page) => {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      },
    });
    const durations = result.tasks.map((task) => task.duration);
    runs.push({ count: durations.length, longest: Math.max(0, ...durations), rendered: result.rendered });
  }
  heading(`Long tasks, one guide, CPU ×4 (${loads} fresh loads)`);
  out(
    table(
      ['load', 'long tasks (> 50 ms)', 'longest', 'guide rendered at'],
      [
        ...runs.map((r, i) => [i + 1, r.count, ms(r.longest, 0), ms(r.rendered, 0)]),
        [
          'median',
          median(runs.map((r) => r.count)),
          ms(median(runs.map((r) => r.longest)), 0),
          ms(median(runs.map((r) => r.rendered)), 0),
        ],
      ],
    ),
    'Every long task of the page counts (it holds nothing but the guide and two paragraphs),',
    "including the module's own parse and evaluation. 0 ms = no long task.",
  );
  return { runs };
}
