import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { OperatorFacts } from '../operators/index.js';
import { ltrText } from '../i18n/bidi.js';
import { caution, confirmationNote, intro, officialLink, steps, type Situated } from './parts.js';
import { storeAbroad } from './abroad.js';

/** The store locator where one is known, otherwise the official site (no store list was found). */
const storeLinks = (operator: OperatorFacts) =>
  html`<div class="actions">
    ${
      operator.storeLocator
        ? html`${officialLink(operator.storeLocator.value, msg(str`Find a ${ltrText(operator.name)} store`), { part: 'button-link' })}
          ${confirmationNote(operator.storeLocator, operator)}`
        : officialLink(operator.site.value, msg(str`Open the ${ltrText(operator.name)} website`), {
            part: 'button-link',
          })
    }
  </div>`;

/** Renewing in person at the operator's store; abroad, what someone in Oman can do. */
export const storePanel = (operator: OperatorFacts | undefined, { abroad, share }: Situated) => [
  intro(
    msg(
      'A store visit is best for anything complicated: a lapsed line, a new SIM, or questions about plans.',
    ),
  ),
  operator ? storeLinks(operator) : nothing,
  abroad ? [storeAbroad(share), html`<p class="label">${msg('When you are in Oman:')}</p>`] : nothing,
  steps([
    msg(
      "Find your operator's nearest official store: look for a store list on its website, or ask its hotline.",
    ),
    msg(
      'Bring the ID your line is registered under (Omani ID card, resident card or passport), the SIM or phone, and any recent top-up receipts.',
    ),
    msg('Ask staff to renew or top up your line.'),
    msg('Choose a plan; staff can explain the current offers.'),
    msg('Pay with a method the store accepts (ask first), and keep the receipt.'),
  ]),
  caution(msg('Without the original ID the line is registered under, the store may not be able to help.')),
];
