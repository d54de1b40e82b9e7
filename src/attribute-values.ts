/**
 * Console warnings for bad input: one per bad value, a bounded number in all, and only a
 * short quote of each value is kept (a page may feed megabyte-long values).
 */
import { keywordText } from './operators/keyword.js';

/** Quotes of the bad values already reported, so a page that repeats one is not flooded. */
const warned = new Set<string>();
// A hostile page could feed endless distinct values: past this many, stop reporting.
const MAX_WARNINGS = 100;

/**
 * A value quoted for a console message, cut short so hostile input stays readable. Never
 * throws: numbers, arrays, Symbols and objects without a prototype come from frameworks'
 * property bindings too.
 */
export function quote(value: unknown): string {
  try {
    // Invisible format characters shown escaped, so a value that looks right says why it is not.
    return JSON.stringify(String(value).slice(0, 60)).replace(
      /\p{Cf}/gu,
      (mark) => `\\u${mark.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    );
  } catch {
    return `(${typeof value})`;
  }
}

/** Warns once per `key`; keys must be short (quote values). */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key) || warned.size >= MAX_WARNINGS) return;
  warned.add(key);
  console.warn(`<oman-sim-renewal>: ${message}`);
}

/** Warns that `name` cannot be `value`, once per name and value. */
export function warnBadValue(name: string, value: unknown, message: string): void {
  warnOnce(`${name}:${quote(value)}`, `unknown ${name} ${quote(value)}; ${message}`);
}

/** `value` as text: property bindings can hand the element anything. */
export const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The keyword of `allowed` that `value` names (case-insensitive, trimmed), if any. */
export function keywordOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  const text = textOf(value);
  const key = text === undefined ? undefined : keywordText(text);
  return allowed.find((keyword) => keyword === key);
}

/** No value at all: nothing to warn about. */
export const isAbsent = (value: unknown) => value == null || (typeof value === 'string' && !value.trim());

/** `value` as one of `allowed` (case-insensitive, trimmed); otherwise one warning and `fallback`. */
export function keywordOrDefault<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  const keyword = keywordOf(value, allowed);
  // A removed attribute (a page morph restoring its markup) is no mistake: just the default.
  if (!keyword && !isAbsent(value))
    warnBadValue(name, value, `showing "${fallback}". Use one of: ${allowed.join(', ')}.`);
  return keyword ?? fallback;
}
