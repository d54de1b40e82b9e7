/**
 * What may become a link, and how a link's target is shown. The widget links only to
 * official pages (the operators' and the regulator's, over https) and only dials
 * well-formed numbers; anything else is shown as plain text, never a link.
 * `siteName` and `pageName` only name a site or a source page for the reader.
 */
export const OFFICIAL_DOMAINS = [
  'omantel.om',
  'ooredoo.om',
  'vodafone.om',
  'friendimobile.com',
  'redbullmobile.om',
  'tra.gov.om',
] as const;

/**
 * App-store pages are anyone's: only an operator's own listing, by its exact URL, may be
 * linked. None has been found yet (operators-research.md); add one here with its source.
 */
export const OFFICIAL_APP_LISTINGS: readonly string[] = [];

/** `value` as an absolute https URL on an official domain, or `undefined`. */
export function officialUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  const host = url.hostname.toLowerCase();
  const official =
    OFFICIAL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`)) ||
    OFFICIAL_APP_LISTINGS.includes(url.href);
  return official ? url.href : undefined;
}

/** A source's site name for the sources list: its host without "www.". */
export function siteName(value: string): string {
  try {
    return new URL(value).hostname.replace(/^www\./, '');
  } catch {
    return value.slice(0, 80);
  }
}

/**
 * A path segment a reader can read: words, not a number, an id (digits among upper- and
 * lower-case letters, or three digits in a row) or a language code ("en-om").
 */
const isReadable = (segment: string) =>
  /^\p{L}[\p{L}\d ._-]{2,}$/u.test(segment) &&
  !/\d{3}/.test(segment) &&
  !(/\d/.test(segment) && /\p{Lu}/u.test(segment) && /\p{Ll}/u.test(segment)) &&
  !/^[a-z]{2}-[a-z]{2}$/i.test(segment);

/** How long a page's label may be before it is cut (with "…", at a word). */
const MAX_LABEL = 30;

/**
 * A source page's name for the sources list: its site, and the last readable part of its
 * path when there is one ("ooredoo.om", "express credit"), so that two pages on one site
 * can be told apart. Numbers, ids and language codes say nothing to a reader: skipped.
 */
export function pageName(value: string): [site: string, page?: string] {
  const site = siteName(value);
  let segments: string[];
  try {
    segments = new URL(value).pathname.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return [site];
  }
  const label = segments
    .map((segment) => segment.replace(/\.(aspx?|html?|php)$/i, '').replace(/^\d+-/, ''))
    .reverse()
    .find(isReadable);
  if (!label) return [site];
  const words = label.replace(/[-_]+/g, ' ');
  if (words.length <= MAX_LABEL) return [site, words];
  return [site, `${words.slice(0, words.lastIndexOf(' ', MAX_LABEL))}…`];
}

/** A phone number for a `tel:` link and for display, or `undefined` if it is not one. */
export function phoneNumber(dial: string): { href: string; display: string } | undefined {
  if (!/^\+?\d{3,15}$/.test(dial)) return undefined;
  // Oman's numbers are +968 then eight digits, written in two groups of four.
  const display = /^\+968\d{8}$/.test(dial) ? `+968 ${dial.slice(4, 8)} ${dial.slice(8)}` : dial;
  return { href: `tel:${dial}`, display };
}
