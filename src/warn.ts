/** Console warnings for bad input: one per bad value, and a bounded number in all. */

/** Bad values already reported, so a page that repeats one is not flooded. */
const warned = new Set<string>();
// A hostile page could feed endless distinct values: past this many, stop reporting.
const MAX_WARNINGS = 100;

export function warnOnce(key: string, message: string): void {
  if (warned.has(key) || warned.size >= MAX_WARNINGS) return;
  warned.add(key);
  console.warn(`<oman-sim-renewal>: ${message}`);
}

/** A value quoted for a console message, cut short so hostile input stays readable. */
export const quote = (value: unknown) => JSON.stringify(String(value).slice(0, 60));
