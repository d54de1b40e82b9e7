/** The "Sources · checked <date>" disclosure under the guide. */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Fact, OperatorFacts } from './operators/index.js';
import { officialUrl, siteName } from './safe-links.js';
import { formatCalendarDate } from './i18n/format-date.js';

/** Every fact an operator's guide can show. */
export function factsOf(operator: OperatorFacts): Fact<unknown>[] {
  const { site, prepaidBrand, rechargePage, app, storeLocator, reactivation, paymentMethods, validity } =
    operator;
  const all: (Fact<unknown> | undefined)[] = [
    site,
    prepaidBrand,
    rechargePage,
    app,
    storeLocator,
    reactivation,
    paymentMethods,
    validity,
    ...operator.hotlines,
    ...operator.ussd,
  ];
  return all.filter((fact): fact is Fact<unknown> => fact !== undefined);
}

/** Distinct source pages, each with the date it was last checked. */
function sourcesOf(operator: OperatorFacts): { url: string; checked: string }[] {
  const latest = new Map<string, string>();
  for (const { source, checked } of factsOf(operator)) {
    if (!latest.has(source) || latest.get(source)! < checked) latest.set(source, checked);
  }
  return [...latest].map(([url, checked]) => ({ url, checked }));
}

/** A YYYY-MM-DD check date, in the reader's language. */
const formatDay = (isoDate: string, locale: string) => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return formatCalendarDate({ year, month, day }, locale, 'medium');
};

export function sourcesList(operator: OperatorFacts, locale: string) {
  const sources = sourcesOf(operator);
  const newest = sources.reduce((max, { checked }) => (checked > max ? checked : max), '');
  return html`<details class="sources" part="sources">
    <summary>${msg(str`Sources · last checked ${formatDay(newest, locale)}`)}</summary>
    <ul>
      ${sources.map(({ url, checked }) => {
        const href = officialUrl(url);
        const name = siteName(url);
        return html`<li>
          ${
            href
              ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${name}</a>`
              : html`<span>${name}</span>`
          }
          · <time datetime=${checked}>${formatDay(checked, locale)}</time>
        </li>`;
      })}
    </ul>
    <p class="hint">
      ${msg('Facts marked "unconfirmed" were not seen on the operator\'s own current page.')}
    </p>
  </details>`;
}
