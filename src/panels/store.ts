import { msg } from '@lit/localize';
import { caution, intro, steps } from './parts.js';

/** Renewing in person at the operator's store. */
export const storePanel = () => [
  intro(msg('Best for anything complicated: a lapsed line, a new SIM, or questions about plans.')),
  steps([
    msg("Find your operator's nearest official store; its website lists them."),
    msg(
      'Bring the ID your line is registered under (passport or resident card), the SIM or phone, and any bills.',
    ),
    msg('Take a queue ticket and ask to renew or top up your line.'),
    msg('Choose a plan; staff can explain the current offers.'),
    msg('Pay in cash or by card, and keep the receipt.'),
  ]),
  caution(msg('Without the original ID the line is registered under, the store may not be able to help.')),
];
