/**
 * Picks the guide's language from a list of candidate language tags, best first.
 * Pure, so the matching rules are unit-tested apart from the DOM.
 */

/**
 * The first supported locale that one of `candidates` names, by BCP 47 prefix
 * (`en-GB` → `en`); `fallback` when none does. Empty and malformed candidates are skipped.
 */
export function resolveLocale(
  candidates: Iterable<string | null | undefined>,
  supported: readonly string[],
  fallback: string,
): string {
  for (const candidate of candidates) {
    const match = matchLocale(candidate, supported);
    if (match) return match;
  }
  return fallback;
}

function matchLocale(tag: string | null | undefined, supported: readonly string[]): string | undefined {
  const normalised = tag?.trim().replace(/_/g, '-').toLowerCase();
  if (!normalised) return undefined;
  return supported.find((locale) => {
    const wanted = locale.toLowerCase();
    return normalised === wanted || normalised.startsWith(`${wanted}-`);
  });
}
