// Runs bench.html for several benchmarks, interleaved (round i runs every benchmark once,
// in a rotated order), so load on the machine spreads over all of them alike.
import { runPage } from './browser.mjs';
import { summarize } from './report.mjs';

/**
 * benchmarks: [{ name, query }] (query: bench.html's URL parameters). fresh: a new
 * browser context (renderer process, caches) per sample. Returns { [name]: summary }.
 */
export async function measure(ctx, benchmarks, { samples, fresh }) {
  const times = Object.fromEntries(benchmarks.map(({ name }) => [name, []]));
  for (let round = 0; round < samples; round++) {
    ctx.progress(`  round ${round + 1}/${samples}`);
    for (let i = 0; i < benchmarks.length; i++) {
      const { name, query } = benchmarks[(i + round) % benchmarks.length];
      const url = `${ctx.server.url}/bench/pages/bench.html?${new URLSearchParams(query)}`;
      const { ms } = await runPage(ctx.browser, url, { fresh });
      times[name].push(ms);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, summarize(xs)]));
}
