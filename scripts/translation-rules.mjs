// The mechanical rules scripts/check-translations.mjs applies to each XLIFF unit. Pure
// functions over the unit's raw <source>/<target> XML, so test/unit/ runs them in a browser.

/**
 * Calls to src/i18n/bidi.ts (and menuPath() in src/panels/parts.ts, which wraps the path in
 * ltr()): a placeholder value passed through one of them is isolated.
 */
const ISOLATED = /\b(?:ltr|ltrText|dateIn|dateText|menuPath)\(/;

/**
 * Placeholders whose value is not a left-to-right token, so they need no isolation
 * (each reviewed; add one only with its reason).
 */
const NOT_LTR = new Map([
  ['${inDays}', "Intl's day count, written in the reader's language"],
  ['${site}', 'a link labelled with a translated text ("the official website")'],
  ['${brandedName(operator, locale)}', 'isolated inside brandedName() with ltrText()'],
]);

const PLACEHOLDER = /<x id="(\d+)"(?: equiv-text="([^"]*)")?\s*\/>/g;
/** A placeholder's stand-in when a rule reads the text around it. */
const SLOT = '\uE000';

const unescapeXml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The unit's text as the reader sees it, each placeholder replaced by SLOT. */
const readable = (xml) => unescapeXml(xml.replace(PLACEHOLDER, SLOT));

/** Placeholders keep their ids: the target has the same `<x id>` set as the source. */
export function placeholderProblems(source, target) {
  const ids = (xml) => [...xml.matchAll(PLACEHOLDER)].map((match) => match[1]).sort();
  const [wanted, found] = [ids(source), ids(target)];
  return wanted.join() === found.join()
    ? []
    : [`placeholders differ: source has {${wanted.join(', ')}}, target {${found.join(', ')}}`];
}

/**
 * Every interpolated value of the source goes through a bidi.ts helper, unless it is known
 * not to be a left-to-right token; otherwise Arabic and Urdu reorder it (#123*222*).
 */
export function unisolatedPlaceholders(source) {
  const problems = [];
  for (const [, id, equiv = ''] of source.matchAll(PLACEHOLDER)) {
    for (const [expression] of unescapeXml(equiv).matchAll(/\$\{[^}]*\}+/g)) {
      if (!ISOLATED.test(expression) && !NOT_LTR.has(expression))
        problems.push(`placeholder ${id} ${expression} is not isolated (use src/i18n/bidi.ts)`);
    }
  }
  return problems;
}

const LATIN_OR_DIGIT = '[A-Za-z0-9]';
const NEUTRALS = '[\\s\\p{P}\\p{S}]*';
const TOUCHING = new RegExp(`${SLOT}${NEUTRALS}${LATIN_OR_DIGIT}|${LATIN_OR_DIGIT}${NEUTRALS}${SLOT}`, 'u');

/**
 * Right-to-left targets add no raw Latin text or digits next to a placeholder: the bidi
 * algorithm would join them to the (isolated) value's neighbourhood and reorder them.
 */
export function rtlProblems(target) {
  const text = readable(target);
  return TOUCHING.test(text)
    ? [`Latin text or digits next to a placeholder: "${text.replaceAll(SLOT, '{…}')}"`]
    : [];
}

/** Full-width punctuation, and the closing quotes Chinese text uses. */
const FULL_WIDTH_PUNCTUATION = '[\\u3000-\\u303f\\uff00-\\uffef“”‘’]';

/**
 * Chinese targets use full-width punctuation (，；：？！（）“”) and set no space after it.
 * A full stop is allowed only inside a Latin word or number (shop.ooredoo.om, 1.5).
 */
export function zhProblems(target) {
  const text = readable(target);
  const problems = [];
  const ascii = text.match(/[,;:?!()"']|(?<![A-Za-z0-9])\.|\.(?![A-Za-z0-9])/g);
  if (ascii) problems.push(`ASCII punctuation ${[...new Set(ascii)].join(' ')} where full-width is expected`);
  if (new RegExp(`${FULL_WIDTH_PUNCTUATION}[ \\t]`).test(text))
    problems.push('space after full-width punctuation');
  if (HAN_LATIN_SPACE.test(text))
    problems.push('a space between Han and Latin text (the browser sets that gap)');
  return problems;
}

/** A space between Han and Latin text or digits: the browser sets that gap (text-autospace). */
const HAN_LATIN_SPACE = /\p{Script=Han}[ \t]+[A-Za-z0-9]|[A-Za-z0-9][ \t]+\p{Script=Han}/u;

/**
 * Terms a glossary rules out, per locale, with the word to use instead (xliff/glossary*.md):
 * zh-Hant keeps the neutral set that reads in both Taiwan and Hong Kong.
 * @type {Record<string, [RegExp, string][]>}
 */
const FORBIDDEN = {
  'zh-Hant': [
    [/(?<!官)網上/, '線上'],
    [/電訊商/, '電信商'],
    [/小貼士/, '小提示'],
    [/短訊/, '訊息'],
    [/行事曆/, '日曆'],
  ],
};

/** Terms the locale's glossary rules out. */
export function glossaryProblems(locale, target) {
  const text = readable(target);
  return (FORBIDDEN[locale] ?? [])
    .filter(([term]) => term.test(text))
    .map(([term, instead]) => `"${term.source}" is ruled out by the glossary: use ${instead}`);
}

const RTL_LOCALES = new Set(['ar', 'ur']);

/** Every problem of one unit in one locale; the source-side rule is reported by the caller once. */
export function unitProblems(locale, source, target) {
  return [
    ...placeholderProblems(source, target),
    ...(RTL_LOCALES.has(locale) ? rtlProblems(target) : []),
    ...(locale.startsWith('zh') ? zhProblems(target) : []),
    ...glossaryProblems(locale, target),
  ];
}
