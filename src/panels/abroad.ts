/**
 * What each channel can do for a reader outside Oman. Facts where a page states them
 * (cards issued in Oman, +968 numbers); otherwise advice worded as advice.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { OperatorFacts } from '../operators/index.js';
import { ltrText } from '../i18n/bidi.js';
import type { Situation } from '../choosers/situation-toggle.js';
import type { TabId } from '../tabs/tabs.js';
import { confirmationNote, telLink } from './parts.js';

const topUpForYou = () => msg('Someone in Oman can top up your number for you.');

/** Which cards online payment takes, where a page says so. */
const cardsNote = (operator?: OperatorFacts) => {
  const cards = operator?.foreignCards;
  if (!operator || !cards)
    return msg('Online payment may accept only bank cards issued in Oman; a foreign card may be refused.');
  const rule =
    cards.value.scope === 'auto-pay'
      ? msg(
          str`${ltrText(operator.name)}'s Auto Pay, in its app, accepts only bank cards issued in Oman, so a foreign card may be refused online.`,
        )
      : msg('Online top-up may accept only bank cards issued in Oman.');
  return html`${rule} ${confirmationNote(cards, operator)}`;
};

/** Hotlines with a +968 number, the only ones we know can be reached from abroad. */
const abroadCalls = (operator?: OperatorFacts) => {
  if (!operator)
    return msg(
      "From abroad, call the +968 number on your operator's official website; short numbers may not connect.",
    );
  const numbers = operator.hotlines.filter((fact) => fact.value.dial.startsWith('+968'));
  if (!numbers.length)
    return msg(
      str`We found no ${ltrText(operator.name)} number that can be called from abroad: use the website or app.`,
    );
  return html`${msg('From abroad, call:')}
  ${numbers.map((fact) => html`${telLink(fact)} ${confirmationNote(fact, operator)}`)}`;
};

const content: Partial<Record<TabId, (operator?: OperatorFacts) => unknown[]>> = {
  online: (operator) => [
    cardsNote(operator),
    topUpForYou(),
    msg('Keep roaming on, so you receive the confirmation SMS.'),
  ],
  store: () => [msg('A store visit needs someone in Oman.'), topUpForYou()],
  phone: (operator) => [abroadCalls(operator)],
};

/** The "From abroad" box at the top of a tab, for a reader who said they are abroad. */
export const abroadNote = (tab: TabId, operator: OperatorFacts | undefined, situation: Situation) => {
  const lines = situation === 'abroad' ? content[tab]?.(operator) : undefined;
  if (!lines) return nothing;
  return html`<div class="abroad" part="abroad">
    <p class="label">${msg('From abroad')}</p>
    <ul class="bullets">
      ${lines.map((line) => html`<li>${line}</li>`)}
    </ul>
  </div>`;
};
