/**
 * If the line has lapsed, and why to keep the SIM yourself. No day counts: no operator's
 * grace period or the regulator's rule has been found (docs/sources.md).
 */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { isInternational, type OperatorFacts } from '../operators/index.js';
import { SHARED } from '../operators/shared.js';
import { ltr, ltrText } from '../i18n/bidi.js';
import { siteName } from './safe-links.js';
import { ageNote } from './age-note.js';
import { bullets, confirmationNote, menuPath, officialLink, telLink } from './parts.js';

/** What to try first, and the button for it: Ooredoo's online reactivation, else the operator. */
const firstStep = (operator?: OperatorFacts) => {
  const reactivation = operator?.reactivation;
  if (!operator)
    return msg('Contact your operator as soon as you can: on its website, by phone or in a store.');
  if (!reactivation) {
    const calls = operator.hotlines.filter(({ value }) => isInternational(value));
    return html`${msg(
      str`Contact ${ltrText(operator.name)} as soon as you can: on its website, by phone or in a store.`,
    )}
      <div class="actions">
        ${officialLink(operator.site.value, msg(str`Open the ${ltrText(operator.name)} website`), { part: 'button-link' })}
        ${calls.map((fact) => html`${telLink(fact, 'tel call')} ${confirmationNote(fact, operator)}`)}
      </div>`;
  }
  const { url, path } = reactivation.value;
  return html`${
    path
      ? msg(
          html`Try ${ltr(operator.name)}'s SIM Reactivation page soon: ${menuPath(path)}. If it does not work, contact ${ltr(operator.name)}.`,
        )
      : msg(
          html`Try ${ltr(operator.name)}'s SIM Reactivation page soon. If it does not work, contact ${ltr(operator.name)}.`,
        )
  }
    ${confirmationNote(reactivation, operator)}
    <div class="actions">
      ${officialLink(url, msg(str`Try SIM Reactivation on ${ltrText(siteName(url))}`), { part: 'button-link' })}
    </div>`;
};

/**
 * "If your number stopped working": what to try, with its button, and why not to wait.
 * The same box opens from the first screen and stands in the tips tab.
 */
export const lapsedHelp = (operator?: OperatorFacts) => {
  const { numbersArePublic } = SHARED;
  return html`<div class="lapsed" part="lapsed">
    <p class="label">${msg('If your number stopped working')}</p>
    ${bullets([
      firstStep(operator),
      html`${msg(
        "Don't wait: news reports quote the regulator (TRA) saying that mobile numbers are a public resource, which it can withdraw.",
      )}
      ${ageNote(numbersArePublic)}`,
    ])}
  </div>`;
};

/** Keep the SIM yourself (the tip after it says the owner answers for the line). */
export const keepSimTip = () => {
  const { ownerAnswersForSim, leftoverSimsMisused } = SHARED;
  return html`${msg(
    'Keep your SIM yourself; never give or sell it to anyone. News reports tell of SIMs left behind by departed expatriates being resold and misused.',
  )}
  ${ageNote(ownerAnswersForSim)}${ageNote(leftoverSimsMisused)}`;
};
