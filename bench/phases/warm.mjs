// Guides on a page that has already rendered one (the warm-up, untimed and removed): the
// steady cost per guide, without one-time work. 1 and 100 guides, generic and Ooredoo.
import { heading, out } from '../lib/report.mjs';
import { measure } from '../lib/measure.mjs';
import { benchmarksOf, comparison, RATIO_NOTE } from './contenders.mjs';

const scenarios = (hundred) =>
  [1, hundred].flatMap((n) => [
    { id: `ooredoo-${n}`, label: `${n} × Ooredoo`, query: { operator: 'ooredoo', lang: 'en', n, warm: 1 } },
    { id: `generic-${n}`, label: `${n} × generic`, query: { operator: '', lang: 'en', n, warm: 1 } },
  ]);

export const snapshots = [
  { operator: 'ooredoo', lang: 'en' },
  { operator: '', lang: 'en' },
];

export async function run(ctx) {
  const samples = ctx.samples ?? (ctx.smoke ? 1 : 15);
  const list = scenarios(ctx.smoke ? 10 : 100);
  ctx.progress(`warm guides: ${samples} pages per benchmark`);
  const results = await measure(ctx, benchmarksOf(list), { samples, fresh: false });
  const { text, ratios } = comparison(list, results);
  heading(`Warm: guides on a page that already rendered one (English; ${samples} samples each)`);
  out(text, '', RATIO_NOTE, 'Goal: 100 × Ooredoo, ours / limit ≤ 1.3.');
  return { samples, results, ratios };
}
