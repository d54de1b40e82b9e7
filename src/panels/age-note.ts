/** "Page read 14 months ago — may have changed", after a fact whose source was read long ago. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { staleMonths } from '../operators/age.js';
import { renderingLocale } from '../i18n/localization.js';
import { dateText } from '../i18n/bidi.js';
import { formatRelative } from '../i18n/format-date.js';

/** The age warning for a fact checked too long ago on the reader's clock, else nothing. */
export const ageNote = ({ checked }: { checked: string }) => {
  const months = staleMonths(checked, Date.now());
  if (months === undefined) return nothing;
  // Without Intl.RelativeTimeFormat (Safari < 14) a count would lose its "ago": say what
  // is true of every aged fact instead.
  if (typeof Intl.RelativeTimeFormat !== 'function')
    return html`<span class="stale">${msg('Page read more than a year ago — may have changed')}</span>`;
  // Isolated in its own direction, like a date: an Arabic "قبل 14 شهرًا" stays whole.
  const ago = formatRelative(-months, 'month', renderingLocale());
  return html`<span class="stale">${msg(str`Page read ${dateText(ago)} — may have changed`)}</span>`;
};
