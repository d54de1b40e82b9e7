import { msg } from '@lit/localize';
import { caution, intro, steps } from './parts.js';

/** Renewing on the operator's website or app. */
export const onlinePanel = () => [
  intro(msg("Top up on your operator's official website or app — any time, from anywhere.")),
  steps([
    msg(
      "Open your operator's official website or app. Type the address yourself or get the app from the official app store; don't follow links in messages.",
    ),
    msg('Sign in or register, or choose quick recharge if you only want to top up.'),
    msg('Choose Recharge, enter your Omani number and check it twice.'),
    msg('Pick an amount or a plan.'),
    msg('Pay with a method your operator accepts.'),
    msg('Wait for the confirmation message, then check your new balance and validity.'),
  ]),
  caution(
    msg(
      'Pay only on a network you trust (not public Wi-Fi). Never share your password, card PIN or one-time code.',
    ),
  ),
];
