import { msg } from '@lit/localize';
import { caution, intro, steps } from './parts.js';

/** Renewing through the operator's hotline. */
export const phonePanel = () => [
  intro(msg("Call your operator's hotline from your line or from another phone.")),
  steps([
    msg("Call the hotline listed on your operator's official website."),
    msg('Confirm who you are: the name and the number the line is registered under.'),
    msg('Ask to renew or top up, and choose a plan.'),
    msg('Pay the way the agent explains, for example by card or phone banking.'),
    msg('Ask for a confirmation, and check your balance afterwards.'),
  ]),
  caution(
    msg(
      "Not every operator renews or tops up by phone: check its official website first. Never give a card PIN or one-time code on a call you didn't make.",
    ),
  ),
];
