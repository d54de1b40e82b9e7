/**
 * If the line has lapsed, and why to keep the SIM yourself. No day counts: no operator's
 * grace period or the regulator's rule has been found (docs/sources.md).
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { OperatorFacts } from '../operators/index.js';
import { SHARED } from '../operators/shared.js';
import { ltr } from '../i18n/bidi.js';
import { ageNote } from './age-note.js';
import { bullets, confirmationNote, menuPath, officialLink, type Text } from './parts.js';

/** What to do now: Ooredoo's online reactivation, otherwise the operator, quickly. */
const firstStep = (operator?: OperatorFacts): Text => {
  const reactivation = operator?.reactivation;
  if (!operator || !reactivation)
    return msg('If your line has lapsed, contact your operator as soon as you can.');
  const { path } = reactivation.value;
  return html`${
    path
      ? msg(
          html`If your line has lapsed, reactivate the SIM online on ${officialLink(reactivation.value.url, ltr(operator.name))}: ${menuPath(path)}.`,
        )
      : msg(
          html`If your line has lapsed, reactivate the SIM online on ${officialLink(reactivation.value.url, ltr(operator.name))}.`,
        )
  }
  ${confirmationNote(reactivation, operator)}`;
};

/** The "If your line has lapsed" list in the tips tab. */
export const lapsedSection = (operator?: OperatorFacts) => {
  const { numbersArePublic } = SHARED;
  return html`<div class="lapsed">
    <p class="label">${msg('If your line has lapsed')}</p>
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
