// What a reader meets: ONE guide on a page that has rendered nothing yet. Every sample is
// a fresh browser context (new renderer process, empty caches): no Lit template, no Intl
// date data, no compiled code survives from an earlier sample.
import { heading, out } from '../lib/report.mjs';
import { measure } from '../lib/measure.mjs';
import { benchmarksOf, comparison, RATIO_NOTE } from './contenders.mjs';

const SCENARIOS = [
  { id: 'ooredoo-en', label: 'Ooredoo, English', query: { operator: 'ooredoo', lang: 'en', n: 1 } },
  { id: 'ooredoo-ar', label: 'Ooredoo, Arabic', query: { operator: 'ooredoo', lang: 'ar', n: 1 } },
  { id: 'generic-en', label: 'generic, English', query: { operator: '', lang: 'en', n: 1 } },
];

export const snapshots = SCENARIOS.map(({ query }) => query);

export async function run(ctx) {
  const samples = ctx.samples ?? (ctx.smoke ? 1 : 20);
  ctx.progress(`cold first guide: ${samples} fresh pages per benchmark`);
  const results = await measure(ctx, benchmarksOf(SCENARIOS), { samples, fresh: true });
  const { text, ratios } = comparison(SCENARIOS, results);
  heading(`Cold first guide: 1 guide on a fresh page (${samples} samples each, interleaved)`);
  out(text, '', RATIO_NOTE, 'Goals (Ooredoo, English): ours / limit ≤ 1.5, ours / Shoelace ≤ 0.5.');
  return { samples, results, ratios };
}
