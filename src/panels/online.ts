import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { OperatorFacts } from '../operators/index.js';
import { siteName } from './safe-links.js';
import { ltr, ltrText } from '../i18n/bidi.js';
import {
  caution,
  confirmationNote,
  intro,
  menuPath,
  officialLink,
  placeholder,
  steps,
  type Situated,
} from './parts.js';
import { onlineAbroad } from './abroad.js';

/** The main action: the recharge page where one is known, otherwise the official site. */
const rechargeAction = (operator: OperatorFacts) => {
  const { rechargePage, site } = operator;
  return rechargePage
    ? officialLink(
        rechargePage.value.url,
        msg(str`Recharge on ${ltrText(siteName(rechargePage.value.url))}`),
        { part: 'button-link' },
      )
    : officialLink(site.value, msg(str`Open the ${ltrText(operator.name)} website`), { part: 'button-link' });
};

/** The operator's own app, as a quiet line under the steps: installed from its own site. */
const appLine = (operator: OperatorFacts) => {
  const { app } = operator;
  if (!app) return nothing;
  const site = ltrText(siteName(operator.site.value));
  return html`<p class="hint">
    ${
      app.value.name
        ? msg(
            html`App: ${ltr(app.value.name)}. Install it from the link on ${site}, so you get the right one.`,
          )
        : msg(
            str`${ltrText(operator.name)} has an official app: install it from the link on its official website, so you get the right one.`,
          )
    }
    ${confirmationNote(app, operator)}
  </p>`;
};

/** The generic steps after "open the site", for a site whose recharge path is unknown. */
const genericSteps = () => [
  msg('Sign in or register, or use a quick top-up if the site offers one.'),
  msg('Open the recharge page, enter your Omani number and double-check it.'),
  msg('Pick an amount or a plan.'),
  msg('Pay with a method your operator accepts.'),
  msg('Wait for the confirmation message, then check your new balance and validity.'),
];

/**
 * The operator's steps, with the actions in them: the recharge button first; where the
 * site's own menu path is known, that path and what follows it; otherwise the generic steps.
 */
const operatorSteps = (operator: OperatorFacts) => {
  const { rechargePage } = operator;
  const path = rechargePage?.value.path;
  return steps([
    rechargeAction(operator),
    ...(rechargePage && path
      ? [
          html`${msg(html`On that site, choose ${menuPath(path)}.`)} ${confirmationNote(rechargePage, operator)}`,
          msg('Enter your Omani number and double-check it.'),
          msg('Pick an amount, pay, and wait for the confirmation message.'),
        ]
      : genericSteps()),
  ]);
};

/** Renewing on the operator's website or app; abroad, what to do if the card is refused. */
export const onlinePanel = (operator: OperatorFacts | undefined, { abroad, share }: Situated) => [
  intro(msg("Top up on your operator's official website or app.")),
  operator
    ? operatorSteps(operator)
    : [
        placeholder(msg('Choose your operator above to get its recharge link.')),
        steps([
          msg(
            "Open your operator's official website or app. Type the address yourself or get the app from the official app store; don't follow links in messages.",
          ),
          ...genericSteps(),
        ]),
      ],
  abroad ? onlineAbroad(operator, share) : nothing,
  operator ? appLine(operator) : nothing,
  caution(
    msg(
      'Pay only on a network you trust (not public Wi-Fi). Never share your password, bank card PIN or one-time code.',
    ),
  ),
];
