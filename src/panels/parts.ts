/** Small building blocks shared by the panels, so every tab reads the same way. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { officialUrl, phoneNumber, siteName } from './safe-links.js';
import { gapAfter, ltr } from '../i18n/bidi.js';
import type { Fact, Hotline, OperatorFacts } from '../operators/index.js';
import { ageNote } from './age-note.js';

export type Text = string | TemplateResult;

/** Where the reader is, as the panels need it: abroad or not, and the share action. */
export interface Situated {
  abroad: boolean;
  share: unknown;
}

/** The one-line summary at the top of a panel. */
export const intro = (text: Text) => html`<p class="intro">${text}</p>`;

/** Numbered steps the reader follows in order. */
export const steps = (items: Text[]) =>
  html`<ol class="steps" part="steps">
    ${items.map((item) => html`<li>${item}</li>`)}
  </ol>`;

/** A short list without order (tips). */
export const bullets = (items: Text[]) =>
  html`<ul class="bullets" part="bullets">
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;

/** Where the main action will appear once the reader has chosen an operator. */
export const placeholder = (text: Text) => html`<p class="placeholder">${text}</p>`;

/** A warning the reader should not miss; the label is text, not only colour or an icon. */
export const caution = (text: Text) => {
  const label = msg('Caution:', { desc: 'Label before a warning in a panel' });
  return html`<p class="caution" part="caution"><strong>${label}</strong>${gapAfter(label)}${text}</p>`;
};

/** How an official link looks: its documented part, and a variant of that look. */
interface LinkStyle {
  part?: 'link' | 'button-link';
  variant?: 'urgent';
}

/**
 * A link to an official page, opened in a new tab without giving it our page; a URL that
 * is not on the allowlist is shown as text instead. Its part is one of the documented
 * ones; a variant changes only its class.
 */
export const officialLink = (url: string, label: Text, { part = 'link', variant }: LinkStyle = {}) => {
  const href = officialUrl(url);
  if (!href) return html`<span>${label}</span>`;
  const className = variant ? `${part} ${variant}` : part;
  return html`<a class=${className} part=${part} href=${href} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
  >`;
};

/**
 * The notes that go with a fact: "Unconfirmed" for a `reported` one (not seen on the
 * operator's own page), and its age once its check is old.
 */
export const confirmationNote = (fact: Fact<unknown>, operator: OperatorFacts) =>
  html`${
    fact.status === 'verified'
      ? nothing
      : html`<span class="unconfirmed"
          >${msg(html`Unconfirmed — check on ${officialLink(operator.site.value, ltr(siteName(operator.site.value)))}`)}</span
        >`
  }${ageNote(fact)}`;

/**
 * A hotline as a tap-to-call link, its number isolated left to right; nothing for a value
 * that is not a phone number.
 */
export const telLink = ({ value }: Fact<Hotline>, className = 'tel') => {
  const number = phoneNumber(value.dial);
  return number
    ? html`<a class=${className} part="tel" href=${number.href}>${ltr(number.display)}</a>`
    : nothing;
};

/** A menu path such as "Quick Payment › Prepaid Recharge", as the site labels it. */
export const menuPath = (path: string[]) =>
  html`<span class="menu-path" lang="en">${ltr(path.join(' › '))}</span>`;
