import { scriptOfLanguage } from './languages.js';

/**
 * Picks the guide's language from candidate language tags, best first. Pure, so the
 * matching rules are unit-tested apart from the DOM.
 *
 * Matching uses the platform's likely-subtags data (`Intl.Locale#maximize`): a candidate
 * matches a supported locale when both have the same language and script. So `zh`,
 * `zh-CN`, `zh-SG` and `zh-Hans-HK` are Simplified Chinese, while `zh-TW`, `zh-HK` and
 * `zh-Hant-*` are Traditional: the zh-Hant catalog where the file has it, else they fall
 * through to the next candidate.
 */

interface Subtags {
  language: string;
  script?: string;
}

// Likely-subtags look-ups are slow the first time and asked again on every render, so
// their results are kept; the cache is capped, since a hostile page can send endless tags.
const subtagsCache = new Map<string, Subtags | undefined>();
const CACHE_LIMIT = 256;

function subtagsOf(tag: string): Subtags | undefined {
  if (subtagsCache.has(tag)) return subtagsCache.get(tag);
  const subtags = parseSubtags(tag);
  if (subtagsCache.size < CACHE_LIMIT) subtagsCache.set(tag, subtags);
  return subtags;
}

// The script of our own languages, whatever the region (languages.ts): answering them from
// the table spares a page the platform's likely-subtags data, whose first use costs several
// milliseconds, in the common case; anything else asks Intl.
/** "en", "en-GB", "ar-419": a language and at most a region, nothing that could change the script. */
const LANGUAGE_AND_REGION = /^([a-z]{2,3})(?:-(?:[a-z]{2}|\d{3}))?$/;
/** "zh", "zh-TW", "zh-Hans", "zh-Hant-CA": Chinese, whose region picks the script when none is given. */
const CHINESE = /^zh(?:-(hans|hant))?(?:-([a-z]{2}|\d{3}))?$/;
const TRADITIONAL_CHINESE_REGIONS = new Set(['tw', 'hk', 'mo']);

function parseSubtags(tag: string): Subtags | undefined {
  const normalised = tag.trim().replace(/_/g, '-');
  const simple = LANGUAGE_AND_REGION.exec(normalised.toLowerCase());
  const knownScript = simple && scriptOfLanguage(simple[1]);
  if (knownScript) return { language: simple[1], script: knownScript };
  // Chinese from the table too: browsers without Intl.Locale (Safari < 14) still need it.
  const chinese = CHINESE.exec(normalised.toLowerCase());
  if (chinese) {
    const script = chinese[1] ?? (TRADITIONAL_CHINESE_REGIONS.has(chinese[2]) ? 'hant' : 'hans');
    return { language: 'zh', script: script === 'hant' ? 'Hant' : 'Hans' };
  }
  try {
    const locale = new Intl.Locale(normalised);
    // "und" (undetermined) would maximize to English: it names no language.
    if (locale.language === 'und') return undefined;
    const { language, script } = locale.maximize();
    return { language, script };
  } catch {
    return undefined; // not a well-formed BCP 47 tag
  }
}

/** The supported locale `tag` names, or undefined. */
export function matchLocale(
  tag: string | null | undefined,
  supported: readonly string[],
): string | undefined {
  // Real tags are short; anything longer is not worth parsing.
  if (!tag || tag.length > 64) return undefined;
  const wanted = subtagsOf(tag);
  if (!wanted) return undefined;
  return supported.find((locale) => {
    const offered = subtagsOf(locale);
    return offered?.language === wanted.language && offered.script === wanted.script;
  });
}

/** The first supported locale that one of `candidates` names; `fallback` when none does. */
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
