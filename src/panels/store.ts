import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { OperatorFacts } from '../operators/index.js';
import { ltrText } from '../i18n/bidi.js';
import { caution, confirmationNote, intro, officialLink, steps } from './parts.js';

/** The store locator where one is known, otherwise the official site, which lists stores. */
const storeLinks = (operator: OperatorFacts) =>
  html`<div class="actions">
    ${
      operator.storeLocator
        ? html`${officialLink(operator.storeLocator.value, msg(str`Find a ${ltrText(operator.name)} store`), { part: 'button-link' })}
          ${confirmationNote(operator.storeLocator, operator)}`
        : officialLink(operator.site.value, msg(str`Find a store on the ${ltrText(operator.name)} website`), {
            part: 'button-link',
          })
    }
  </div>`;

/** Renewing in person at the operator's store. */
export const storePanel = (operator?: OperatorFacts) => [
  intro(
    msg(
      'A store visit is best for anything complicated: a lapsed line, a new SIM, or questions about plans.',
    ),
  ),
  operator ? storeLinks(operator) : nothing,
  steps([
    msg("Find your operator's nearest official store; its website lists them."),
    msg(
      'Bring the ID your line is registered under (passport or resident card), the SIM or phone, and any recent top-up receipts.',
    ),
    msg('Take a queue ticket and ask to renew or top up your line.'),
    msg('Choose a plan; staff can explain the current offers.'),
    msg('Pay in cash or by card, and keep the receipt.'),
  ]),
  caution(msg('Without the original ID the line is registered under, the store may not be able to help.')),
];
