// The logic of `npm run check-sources`, apart from the command line so that it can be
// tested offline (test/node/check-sources.test.mjs, against a server on 127.0.0.1).

/**
 * @typedef {{ value: unknown, source: string, checked: string, status: string, quote?: string }} Fact
 * @typedef {{ key: string, file: string, fact: Fact }} Entry
 * @typedef {'present' | 'changed' | 'gone' | 'unreachable' | 'unreadable' | 'unchecked'} Result
 * @typedef {Entry & { result: Result, reason?: string }} Checked
 * @typedef {{ kind: 'page', text: string, finalUrl: string } | { kind: 'gone' | 'unreachable' | 'unreadable', reason: string }} Page
 */

/** A readable reason from a thrown value. */
const reasonOf = (/** @type {any} */ error, /** @type {number} */ timeoutMs) =>
  error?.name === 'TimeoutError'
    ? `no answer in ${timeoutMs / 1000} s`
    : String(error?.cause?.code ?? error?.message ?? error);

/** How the tool introduces itself to the sites it reads. */
export const USER_AGENT =
  'oman-sim-renewal-check-sources/1 (maintainer fact check; one request per page; see docs/sources.md)';

/** Keys whose values are our own labels, not text a page would show. */
const LABEL_KEYS = new Set(['caller', 'purpose', 'issuedIn', 'scope']);

/**
 * Every fact in the data, with a readable key and the source file it is written in.
 * `operators` is OPERATORS from src/operators; `shared` is SHARED from src/operators/shared.
 */
export function listFacts(
  /** @type {Record<string, object>} */ operators,
  /** @type {Record<string, Fact>} */ shared,
) {
  /** @type {Entry[]} */
  const facts = [];
  for (const [id, operator] of Object.entries(operators)) {
    const file = `src/operators/${id}.ts`;
    for (const [name, entry] of Object.entries(operator)) {
      if (Array.isArray(entry))
        entry.forEach((fact, i) => facts.push({ key: `${id}.${name}[${i}]`, file, fact }));
      else if (entry && typeof entry === 'object' && 'source' in entry)
        facts.push({ key: `${id}.${name}`, file, fact: entry });
    }
  }
  for (const [name, fact] of Object.entries(shared))
    facts.push({ key: `shared.${name}`, file: 'src/operators/shared.ts', fact });
  return facts;
}

/** Lower case, entities decoded, spaces collapsed, and no separators inside numbers. */
export function normalise(/** @type {string} */ text) {
  return text
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&quot;|&#34;/gi, '"')
    .replace(/&#39;|&apos;|&rsquo;|&#8217;/gi, "'")
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/(\d)[ -]+(?=\d)/g, '$1')
    .toLowerCase();
}

/** The texts a fact's page must still contain: its quote, or the strings of its value. */
export function needlesOf(/** @type {{ value: unknown, quote?: string }} */ fact) {
  if (fact.quote) return [fact.quote];
  /** @type {string[]} */
  const needles = [];
  /** @type {(value: unknown, key: string) => void} */
  const visit = (value, key) => {
    if (typeof value === 'string') {
      if (LABEL_KEYS.has(key)) return;
      // A link's target: its host is what a page shows or links to.
      needles.push(/^https?:\/\//.test(value) ? new URL(value).hostname.replace(/^www\./, '') : value);
    } else if (Array.isArray(value)) value.forEach((item) => visit(item, key));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => visit(v, k));
  };
  visit(fact.value, 'value');
  return needles;
}

/**
 * Reads a page once: `{ kind: 'page', text }`, or why not: `gone` (404/410), `unreachable`
 * (network error, timeout, other HTTP errors), `unreadable` (not HTML or text).
 */
/** @returns {Promise<Page>} */
export async function fetchPage(/** @type {string} */ url, { timeoutMs = 20_000, fetchImpl = fetch } = {}) {
  let response;
  try {
    response = await fetchImpl(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,text/plain;q=0.9' },
    });
  } catch (error) {
    return { kind: 'unreachable', reason: reasonOf(error, timeoutMs) };
  }
  if (response.status === 404 || response.status === 410)
    return { kind: 'gone', reason: `HTTP ${response.status}` };
  if (!response.ok) return { kind: 'unreachable', reason: `HTTP ${response.status}` };
  const type = response.headers.get('content-type') ?? '';
  if (!/text\/html|text\/plain|application\/xhtml/.test(type)) {
    await response.body?.cancel();
    return { kind: 'unreadable', reason: `content-type ${type || 'missing'}` };
  }
  try {
    return { kind: 'page', text: await response.text(), finalUrl: response.url };
  } catch (error) {
    return { kind: 'unreachable', reason: reasonOf(error, timeoutMs) };
  }
}

/**
 * Checks each fact against its source page (each URL fetched once). Result per fact:
 * `present` (every needle found), `changed` (page read, a needle missing), `gone`,
 * `unreachable`, `unreadable`, or `unchecked` (nothing in the value to look for).
 */
export async function checkFacts(
  /** @type {Entry[]} */ facts,
  { readPage = (/** @type {string} */ url) => fetchPage(url) } = {},
) {
  /** @type {Map<string, Promise<Page>>} */
  const pages = new Map();
  /** @type {Checked[]} */
  const results = [];
  for (const entry of facts) {
    const { source } = entry.fact;
    let pending = pages.get(source);
    if (!pending) pages.set(source, (pending = readPage(source)));
    const page = await pending;
    const needles = needlesOf(entry.fact);
    if (page.kind !== 'page') {
      results.push({ ...entry, result: page.kind, reason: page.reason });
      continue;
    }
    if (!needles.length) {
      results.push({ ...entry, result: 'unchecked', reason: 'no text to look for (add a quote)' });
      continue;
    }
    const haystack = normalise(page.text);
    const missing = needles.filter((needle) => !haystack.includes(normalise(needle)));
    results.push(
      missing.length
        ? {
            ...entry,
            result: 'changed',
            reason: `not found: ${missing.map((m) => JSON.stringify(m)).join(', ')}`,
          }
        : { ...entry, result: 'present' },
    );
  }
  return results;
}

/** A verified fact whose page is gone or no longer shows it: the data must be corrected. */
export const isFailure = (/** @type {Checked} */ { fact, result }) =>
  fact.status === 'verified' && (result === 'changed' || result === 'gone');
