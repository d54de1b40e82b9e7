// Lighthouse 12.2.3 on demo/index.html, default mobile profile (simulated 4× CPU and slow
// 4G), demo/ and dist/ served gzipped as a CDN would. Fresh Chromium per run.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '../lib/server.mjs';
import { CHROME_PATH } from '../lib/browser.mjs';
import { chromiumArgs } from '../../scripts/find-chromium.mjs';
import { heading, median, ms, out, table } from '../lib/report.mjs';

export const snapshots = [];

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', ...chromiumArgs],
    logLevel: 'silent',
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'silent',
      onlyCategories: CATEGORIES,
    });
    const value = (id) => lhr.audits[id]?.numericValue;
    const longTasks = lhr.audits['long-tasks']?.details?.items ?? [];
    return {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      longTasks: longTasks.length,
      longest: Math.max(0, ...longTasks.map((task) => task.duration)),
    };
  } finally {
    await chrome.kill();
  }
}

export async function run(ctx) {
  const count = ctx.samples ?? (ctx.smoke ? 1 : 3);
  const server = await startServer(ctx.repoRoot, ['demo', 'dist'], { gzip: true });
  ctx.cleanups.push(server.close);
  const runs = [];
  for (let i = 1; i <= count; i++) {
    ctx.progress(`lighthouse run ${i}/${count}`);
    runs.push(await audit(`${server.url}/demo/`));
  }
  await server.close();
  const row = (label, pick) => [
    label,
    ...CATEGORIES.map((id) => pick((r) => r.scores[id])),
    ms(
      pick((r) => r.fcp),
      0,
    ),
    ms(
      pick((r) => r.lcp),
      0,
    ),
    ms(
      pick((r) => r.tbt),
      0,
    ),
    pick((r) => r.longTasks),
    ms(
      pick((r) => r.longest),
      0,
    ),
  ];
  heading(`Lighthouse 12.2.3 on demo/index.html (mobile, simulated 4× CPU; ${count} runs)`);
  out(
    table(
      ['run', ...CATEGORIES, 'FCP', 'LCP', 'TBT', 'long tasks', 'longest'],
      [...runs.map((r, i) => row(i + 1, (get) => get(r))), row('median', (get) => median(runs.map(get)))],
    ),
    "Long tasks: Lighthouse's long-tasks audit (main-thread tasks ≥ 50 ms, all scripts of the demo page).",
    server.notFound.size ? `404s: ${[...server.notFound].join(', ')}` : undefined,
  );
  return { runs };
}
