// Statistics and plain-text tables for the bench report.

export const mean = (xs) => xs.reduce((sum, x) => sum + x, 0) / xs.length;

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// Two-sided 95% Student t quantiles by degrees of freedom (1.96 beyond the table).
const T95 = [12.71, 4.3, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23, 2.2, 2.18, 2.16, 2.14, 2.13];
const t95 = (df) => T95[df - 1] ?? (df < 30 ? 2.09 : df < 60 ? 2.02 : 1.96);

/** 95% confidence interval of the mean (t distribution). */
export function ciOfMean(xs) {
  const m = mean(xs);
  if (xs.length < 2) return { low: m, high: m };
  const variance = xs.reduce((sum, x) => sum + (x - m) ** 2, 0) / (xs.length - 1);
  const half = t95(xs.length - 1) * Math.sqrt(variance / xs.length);
  return { low: m - half, high: m + half };
}

/** Summary of one benchmark's samples (milliseconds). */
export function summarize(samples) {
  return { n: samples.length, mean: mean(samples), median: median(samples), ci: ciOfMean(samples), samples };
}

// A small seeded generator, so the bootstrap gives the same interval for the same samples.
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * mean(a) / mean(b) with a 95% bootstrap percentile interval: resample each benchmark's
 * samples with replacement 4000 times, take the ratio of the two resampled means, keep
 * the 2.5th and 97.5th percentiles. Samples are independent page loads, so a and b are
 * resampled independently.
 */
export function ratioOfMeans(a, b, rounds = 4000) {
  const random = mulberry32(20261129);
  const resampledMean = (xs) => {
    let sum = 0;
    for (let i = 0; i < xs.length; i++) sum += xs[Math.floor(random() * xs.length)];
    return sum / xs.length;
  };
  const ratios = Array.from({ length: rounds }, () => resampledMean(a) / resampledMean(b)).sort(
    (x, y) => x - y,
  );
  return {
    ratio: mean(a) / mean(b),
    low: ratios[Math.floor(rounds * 0.025)],
    high: ratios[Math.ceil(rounds * 0.975) - 1],
  };
}

/** Least-squares line y = intercept + slope·x, with R². */
export function linearFit(xs, ys) {
  const mx = mean(xs);
  const my = mean(ys);
  const slope =
    xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0) / xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  const intercept = my - slope * mx;
  const residual = ys.reduce((sum, y, i) => sum + (y - (intercept + slope * xs[i])) ** 2, 0);
  const total = ys.reduce((sum, y) => sum + (y - my) ** 2, 0);
  return { intercept, slope, r2: 1 - residual / total };
}

export const ms = (x, digits = 1) => `${x.toFixed(digits)} ms`;
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
export const range = ({ low, high }, digits = 1) => `${low.toFixed(digits)} – ${high.toFixed(digits)}`;
export const ratioText = (r) => `${r.ratio.toFixed(2)} (95% CI ${range(r, 2)})`;

/** A plain-text table; columns right-aligned unless `align[i]` is 'l'. */
export function table(headers, rows, align = ['l']) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) =>
    row.map((cell, i) => (align[i] === 'l' ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const out = (...lines) => console.log(lines.filter((line) => line !== undefined).join('\n'));
export const heading = (text) => out('', text, '-'.repeat(text.length));
