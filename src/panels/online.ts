import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { OperatorFacts } from '../operators/index.js';
import { siteName } from './safe-links.js';
import { ltr, ltrText } from '../i18n/bidi.js';
import { caution, confirmationNote, intro, menuPath, officialLink, placeholder, steps } from './parts.js';

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

/** The operator's own app, as a quiet line under the steps. */
const appLine = (operator: OperatorFacts) => {
  const { app } = operator;
  if (!app) return nothing;
  return html`<p class="hint">
    ${
      app.value.name
        ? msg(html`App: ${ltr(app.value.name)}. Get it from your phone's official app store.`)
        : msg(str`${ltrText(operator.name)} has an official app: find it in your phone's official app store.`)
    }
    ${confirmationNote(app, operator)}
  </p>`;
};

/** The generic steps after "open the site": the same for every operator. */
const laterSteps = () => [
  msg('Sign in or register, or use a quick top-up if the site offers one.'),
  msg('Open the recharge page, enter your Omani number and double-check it.'),
  msg('Pick an amount or a plan.'),
  msg('Pay with a method your operator accepts.'),
  msg('Wait for the confirmation message, then check your new balance and validity.'),
];

/**
 * The operator's steps, with the actions in them: the recharge button first, then the menu
 * path on that site, then the rest of the generic steps.
 */
const operatorSteps = (operator: OperatorFacts) => {
  const { rechargePage } = operator;
  return steps([
    rechargeAction(operator),
    ...(rechargePage?.value.path
      ? [
          html`${msg(html`On that site, choose ${menuPath(rechargePage.value.path)}.`)}
          ${confirmationNote(rechargePage, operator)}`,
        ]
      : []),
    ...laterSteps(),
  ]);
};

/** Renewing on the operator's website or app. */
export const onlinePanel = (operator?: OperatorFacts) => [
  intro(msg("Top up on your operator's official website or app — any time, from anywhere.")),
  operator
    ? [operatorSteps(operator), appLine(operator)]
    : [
        placeholder(msg('Choose your operator above to get its recharge link.')),
        steps([
          msg(
            "Open your operator's official website or app. Type the address yourself or get the app from the official app store; don't follow links in messages.",
          ),
          ...laterSteps(),
        ]),
      ],
  caution(
    msg(
      'Pay only on a network you trust (not public Wi-Fi). Never share your password, bank card PIN or one-time code.',
    ),
  ),
];
