import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { OperatorFacts } from '../operators/index.js';
import { ltr } from '../i18n/bidi.js';
import { bullets, confirmationNote, intro, type Text } from './parts.js';
import { keepSimTip, lapsedHelp } from './lapsed.js';

/** Operator-specific habits, from facts with a source. */
const operatorTips = (operator?: OperatorFacts): Text[] => {
  const advance = operator?.ussd.find((fact) => fact.value.purpose === 'credit-advance');
  if (!operator || !advance) return [];
  const tip = msg(
    html`Low on credit and can't top up yet? Dial <code>${ltr(advance.value.code)}</code> to borrow credit; it is repaid, with a fee, from your next top-up. Borrowed credit is not known to extend your line's validity: a real top-up is safer.`,
  );
  return [html`${tip} ${confirmationNote(advance, operator)}`];
};

/**
 * The renewal reminder first (the one thing to do on this tab), then the few habits that
 * matter most and what to do about a lapsed line; the rest behind "More tips", so the tab
 * is not a wall of bullets.
 */
export const tipsPanel = (operator: OperatorFacts | undefined, reminder: TemplateResult) => [
  reminder,
  intro(msg('A few habits keep your number alive.')),
  bullets([
    msg("Renew well before your validity ends; don't wait for the last day."),
    msg(
      'How long a line stays active without a top-up depends on your operator and plan. Ask your operator, and check your expiry date in its app, or ask it how to check.',
    ),
    keepSimTip(),
    msg(
      'Use official channels only. Ignore offers from unofficial resellers and from strangers in chat apps, and never share your personal data or codes.',
    ),
  ]),
  lapsedHelp(operator),
  html`<details class="more">
    <summary>${msg('More tips')}</summary>
    ${bullets([
      ...operatorTips(operator),
      msg('Keep every receipt and confirmation message, whether you paid online or in a store.'),
      msg("Watch for your operator's promotions, such as bonus credit or data on a top-up."),
      msg("Check your balance and validity regularly, and look into charges you don't expect."),
      msg(
        'Leaving Oman for good? Either keep the line in your own hands and topped up, or cancel it before you go. Never leave the SIM with someone else: while it is registered to you, you are responsible for how it is used.',
      ),
    ])}
  </details>`,
];
