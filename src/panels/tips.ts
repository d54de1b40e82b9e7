import { msg } from '@lit/localize';
import { bullets, intro } from './parts.js';

/** Habits that keep a number alive. */
export const tipsPanel = () => [
  intro(msg('A few habits keep your number alive.')),
  bullets([
    msg("Renew well before your validity ends; don't wait for the last day."),
    msg('Keep every receipt and confirmation message, online or from the store.'),
    msg("Watch for your operator's promotions, such as bonus credit or data on a top-up."),
    msg("Check your balance and validity regularly, and look into charges you don't expect."),
    msg(
      'Use official channels only. Ignore offers from resellers or strangers in chats, and never share your personal data or codes.',
    ),
  ]),
];
