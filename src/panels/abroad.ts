/**
 * What each channel can do for a reader outside Oman, as an ordered "if … then" answer that
 * follows the channel's main action (never above it): facts where a page states them
 * (cards issued in Oman, +968 numbers); otherwise advice worded as advice.
 */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { OperatorFacts } from '../operators/index.js';
import { ltrText } from '../i18n/bidi.js';
import { confirmationNote, type Text } from './parts.js';

/** What a reader abroad needs from every channel: someone in Oman, and what to give them. */
export const someoneInOman = () =>
  msg(
    'Someone you trust in Oman may be able to top up your number for you. Give them only the number, never the SIM, your ID, passwords or codes.',
  );

/** Which cards online payment takes, where a page says so. */
const cardRule = (operator?: OperatorFacts) => {
  const cards = operator?.foreignCards;
  if (!operator || !cards) return msg('Card refused? A bank card issued outside Oman may be refused.');
  const rule =
    cards.value.scope === 'auto-pay'
      ? msg(
          str`Card refused? ${ltrText(operator.name)}'s Auto Pay (for postpaid bills, in its app) accepts only bank cards issued in Oman, so a foreign card may also be refused for prepaid top-ups.`,
        )
      : msg('Card refused? Online top-up may accept only bank cards issued in Oman.');
  return html`${rule} ${confirmationNote(cards, operator)}`;
};

/** The box itself: a label and the steps, in the order to try them. */
export const abroadBox = (items: Text[]) =>
  html`<div class="abroad" part="abroad">
    <p class="label">${msg('From abroad')}</p>
    <ol class="steps">
      ${items.map((item) => html`<li>${item}</li>`)}
    </ol>
  </div>`;

/** Online, after the recharge button: if the card is refused, then someone in Oman; SMS abroad. */
export const onlineAbroad = (operator: OperatorFacts | undefined, share: unknown) =>
  abroadBox([
    html`${cardRule(operator)} ${someoneInOman()} ${share}`,
    msg(
      'To receive SMS abroad (top-up confirmations, bank codes), your line needs roaming. Ask your operator whether it costs anything, and turn off data roaming to avoid charges.',
    ),
  ]);

/** In a store: what only the reader can do, and what someone in Oman can. */
export const storeAbroad = (share: unknown) =>
  abroadBox([
    msg(
      'A store visit needs you in Oman, with the ID your line is registered under. Someone you trust may be able to buy a top-up for your number, but not renew or reactivate the line.',
    ),
    html`${someoneInOman()} ${share}`,
  ]);
