/**
 * Keeping left-to-right tokens intact inside translated text.
 *
 * In an Arabic or Urdu sentence the bidi algorithm reorders a USSD code, a host name or a
 * date that sits next to neutral characters: `*222*123#` shows as `#123*222*`, and a date
 * after a host name is split around it. Every such token that enters translated text goes
 * through this module, so it is isolated once here rather than case by case.
 * `scripts/check-translations.mjs` fails when a message placeholder skips these helpers.
 */
import { html } from 'lit';

/** Unicode isolates, for plain-text contexts (live regions, calendar files, labels). */
const LRI = '\u2066'; // left-to-right isolate
const FSI = '\u2068'; // first-strong isolate: direction from the text itself
const PDI = '\u2069'; // pop directional isolate

/** A left-to-right token (code, phone number, host name, URL, menu path) in a template. */
export const ltr = (token: string) => html`<bdi dir="ltr">${token}</bdi>`;

/** The same token for plain text: wrapped in LRI … PDI. */
export const ltrText = (token: string) => `${LRI}${token}${PDI}`;

/**
 * A date formatted in the reader's language, in a template: isolated in its own direction
 * (an Arabic date stays right to left, whole) and never wrapped mid-date.
 */
export const dateIn = (formatted: string) => html`<bdi class="date">${formatted}</bdi>`;

/** The same date for plain text: wrapped in FSI … PDI. */
export const dateText = (formatted: string) => `${FSI}${formatted}${PDI}`;

/** Full-width punctuation (CJK) already carries its own space. */
const FULL_WIDTH_END = /[\u3000-\u303f\uff00-\uffef]$/;

/**
 * The space that follows a label such as "Caution:" — none after full-width punctuation
 * ("注意：" would otherwise be followed by a double gap).
 */
export const gapAfter = (label: string) => (FULL_WIDTH_END.test(label) ? '' : ' ');
