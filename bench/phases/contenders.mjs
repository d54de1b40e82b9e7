// The three contenders and the comparison table shared by the cold and warm phases.
import { ms, range, ratioOfMeans, ratioText, table } from '../lib/report.mjs';

export const CONTENDERS = [
  { el: 'oman', label: 'oman-sim-renewal' },
  { el: 'shoelace', label: 'Shoelace sl-tab-group, same visible content' },
  { el: 'limit', label: 'limit: same DOM + CSS, cloned, no framework' },
];

/** One benchmark per scenario × contender. */
export const benchmarksOf = (scenarios) =>
  scenarios.flatMap(({ id, query }) =>
    CONTENDERS.map(({ el }) => ({ name: `${id} ${el}`, query: { ...query, el } })),
  );

/** Means with CIs per contender, then ours/Shoelace and ours/limit with bootstrap CIs. */
export function comparison(scenarios, results) {
  const rows = [];
  const ratios = {};
  for (const { id, label } of scenarios) {
    const [oman, shoelace, limit] = CONTENDERS.map(({ el }) => results[`${id} ${el}`]);
    const vsShoelace = ratioOfMeans(oman.samples, shoelace.samples);
    const vsLimit = ratioOfMeans(oman.samples, limit.samples);
    ratios[id] = { vsShoelace, vsLimit };
    const cell = (s) => `${ms(s.mean)} (${range(s.ci)}; median ${s.median.toFixed(1)})`;
    rows.push([label, cell(oman), cell(shoelace), cell(limit), ratioText(vsShoelace), ratioText(vsLimit)]);
  }
  return {
    text: table(
      ['scenario', 'ours: mean (95% CI; median)', 'Shoelace', 'limit', 'ours / Shoelace', 'ours / limit'],
      rows,
    ),
    ratios,
  };
}

export const RATIO_NOTE =
  "Ratios are of means; their 95% CI is a bootstrap (each contender's samples resampled\n" +
  '4000 times, 2.5th–97.5th percentile of the ratio of resampled means). Below 1 = ours faster.';
