// <oman-sim-renewal> × 1, 10, 100, 1000 (Ooredoo, warm page): is the cost per guide flat?
import { heading, linearFit, ms, out, range, table } from '../lib/report.mjs';
import { measure } from '../lib/measure.mjs';

export const snapshots = [];

export async function run(ctx) {
  const counts = ctx.smoke ? [1, 10] : [1, 10, 100, 1000];
  const samples = ctx.samples ?? (ctx.smoke ? 1 : 8);
  ctx.progress(`scaling: ${counts.join(', ')} guides, ${samples} pages each`);
  const benchmarks = counts.map((n) => ({
    name: String(n),
    query: { el: 'oman', operator: 'ooredoo', n, warm: 1 },
  }));
  const results = await measure(ctx, benchmarks, { samples, fresh: false });
  const points = counts.map((n) => ({ ...results[n], n }));
  const fit = linearFit(
    points.map((p) => p.n),
    points.map((p) => p.mean),
  );
  heading(`Scaling: Ooredoo guides on one warm page (${samples} samples each)`);
  out(
    table(
      ['guides', 'mean (95% CI)', 'per guide', 'marginal per guide'],
      points.map((p, i) => [
        p.n,
        `${ms(p.mean)} (${range(p.ci)})`,
        ms(p.mean / p.n, 3),
        i
          ? `${ms((p.mean - points[i - 1].mean) / (p.n - points[i - 1].n), 3)} (${points[i - 1].n}→${p.n})`
          : '',
      ]),
    ),
    '',
    `least-squares fit over the means: ${fit.intercept.toFixed(1)} ms + ${fit.slope.toFixed(3)} ms × guides (R² = ${fit.r2.toFixed(4)})`,
  );
  return { samples, points, fit };
}
