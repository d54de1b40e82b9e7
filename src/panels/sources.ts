/** The "Sources · pages read on <date>" disclosure under the guide. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Fact, OperatorFacts } from '../operators/index.js';
import { officialUrl, pageName } from './safe-links.js';
import { isoDate } from '../i18n/format-date.js';
import { dateIn, ltr } from '../i18n/bidi.js';
import { SHARED } from '../operators/shared.js';
import { ageNote } from './age-note.js';
import { SOURCE_NAMES } from '../operators/source-names.js';

/** Every fact an operator's guide can show, in the order its data declares them. */
export function factsOf(operator: OperatorFacts): Fact<unknown>[] {
  return (Object.values(operator).flat() as unknown[]).filter(
    (value): value is Fact<unknown> => typeof value === 'object' && value !== null && 'source' in value,
  );
}

interface Source {
  url: string;
  checked: string;
}

/** Each operator's sources, worked out once: the facts are constants, and a page may hold many guides. */
const sourcesByOperator = new WeakMap<OperatorFacts, Source[]>();

/** Distinct source pages of a guide (with the facts every guide shows), each with its last check. */
function sourcesOf(operator: OperatorFacts): Source[] {
  let sources = sourcesByOperator.get(operator);
  if (!sources) {
    const latest = new Map<string, string>();
    for (const { source, checked } of [...factsOf(operator), ...Object.values(SHARED)]) {
      if (!latest.has(source) || latest.get(source)! < checked) latest.set(source, checked);
    }
    sources = [...latest].map(([url, checked]) => ({ url, checked }));
    sourcesByOperator.set(operator, sources);
  }
  return sources;
}

/**
 * Each source's name, one left-to-right token like a menu path ("ooredoo.om › Auto Pay"):
 * the page's title where we named it, else its address; two that read the same are
 * numbered ("… FAQ (2)").
 */
function namesOf(urls: string[]): string[] {
  const names = urls.map((url) => SOURCE_NAMES[url] ?? pageName(url).join(' › '));
  return names.map((name, index) => {
    const same = names.filter((other) => other === name).length;
    const nth = names.slice(0, index + 1).filter((other) => other === name).length;
    return same > 1 ? `${name} (${nth})` : name;
  });
}

/**
 * The disclosure; its list is built only once it has been opened (or the page prints):
 * most readers never open it, and a blog may hold several guides.
 */
export function sourcesList(
  operator: OperatorFacts,
  locale: string,
  { built, onOpen }: { built: boolean; onOpen: () => void },
) {
  const sources = sourcesOf(operator);
  // The oldest reading is the one that says how far the guide can be trusted.
  const oldest = sources.reduce((min, { checked }) => (checked < min ? checked : min), '9999');
  return html`<details
    class="sources"
    part="sources"
    @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && onOpen()}
  >
    <summary>
      ${msg(html`Sources · pages read on ${dateIn(isoDate(oldest, locale))} or later`)} ${ageNote({ checked: oldest })}
    </summary>
    ${built ? sourceItems(sources, locale) : nothing}
  </details>`;
}

/** The pages, each with its name and reading date, and what the dates mean. */
function sourceItems(sources: Source[], locale: string) {
  const names = namesOf(sources.map(({ url }) => url));
  return html`<ul>
      ${sources.map(({ url, checked }, index) => {
        const href = officialUrl(url);
        const name = ltr(names[index]);
        return html`<li>
          ${
            href
              ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${name}</a>`
              : html`${name} <span class="hint">${msg("(not linked: not the operator's own page)")}</span>`
          }
          · <time datetime=${checked}>${dateIn(isoDate(checked, locale))}</time>
        </li>`;
      })}
    </ul>
    <p class="hint">
      ${msg(
        "These pages were read in stored copies, not live: operators may have changed them since. Facts marked “Unconfirmed” come from old or third-party pages: check them on the operator's website.",
      )}
    </p>`;
}
