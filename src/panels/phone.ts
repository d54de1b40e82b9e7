import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Fact, Hotline, OperatorFacts, UssdCode, UssdPurpose } from '../operators/index.js';
import { phoneNumber } from './safe-links.js';
import { ltr, ltrText } from '../i18n/bidi.js';
import { caution, confirmationNote, intro, officialLink, steps, telLink } from './parts.js';

const callerLabel = (hotline: Hotline, operator: OperatorFacts) =>
  hotline.caller === 'own-network'
    ? msg(str`Only from ${ltrText(operator.name)} numbers`)
    : // Inferred from the international format, never confirmed: worded as advice.
      msg('An international number: it should work from any network, and from abroad');

// One label per purpose the data knows (src/operators/schema.ts); a new purpose needs one.
const purposeLabel = (purpose: UssdPurpose): string =>
  ({
    'credit-advance': msg(
      'Borrow credit when your balance is low (repaid, with a fee, from your next top-up)',
    ),
  })[purpose];

const hotlineItem = (fact: Fact<Hotline>, operator: OperatorFacts) =>
  phoneNumber(fact.value.dial)
    ? html`<li>
        ${telLink(fact, 'tel call')}
        <span>${callerLabel(fact.value, operator)} ${confirmationNote(fact, operator)}</span>
      </li>`
    : nothing;

/** A USSD code as a `tel:` link ("#" escaped), or `undefined` if it is not one. */
const ussdHref = (code: string) =>
  /^[*#\d]{2,20}$/.test(code) ? `tel:${code.replaceAll('#', '%23')}` : undefined;

/** A code with the two things to do with it: dial it (on the phone that will) or copy it. */
const ussdItem = (fact: Fact<UssdCode>, operator: OperatorFacts, copyCode: (code: string) => void) => {
  const href = ussdHref(fact.value.code);
  return html`<li>
    <code>${ltr(fact.value.code)}</code>
    ${
      href
        ? html`<a class="call dial" part="tel" href=${href}
            >${msg('Dial')}<span class="visually-hidden"> ${fact.value.code}</span></a
          >`
        : nothing
    }
    <button type="button" class="copy" part="copy-button" @click=${() => copyCode(fact.value.code)}>
      ${msg('Copy')}<span class="visually-hidden"> ${fact.value.code}</span>
    </button>
    <span>${purposeLabel(fact.value.purpose)} ${confirmationNote(fact, operator)}</span>
  </li>`;
};

/** No hotline with a source: say so, and make the official site the main action. */
const noHotline = (operator: OperatorFacts) => {
  const site = officialLink(operator.site.value, msg('the official website'));
  return html`<p class="hint">
      ${msg(html`We could not confirm a hotline for ${ltr(operator.name)}. Find it on ${site}.`)}
    </p>
    <div class="actions">
      ${officialLink(operator.site.value, msg(str`Open the ${ltrText(operator.name)} website`), { part: 'button-link' })}
    </div>`;
};

/** What the copy buttons need: the action, and the result to show and announce. */
export interface CopyControls {
  copyCode: (code: string) => void;
  copyStatus: string;
}

/** Numbers and codes we have a source for; otherwise, where to find them. */
const contacts = (operator: OperatorFacts, { copyCode, copyStatus }: CopyControls) => [
  operator.hotlines.length
    ? html`<p class="label">${msg(str`${ltrText(operator.name)} hotline`)}</p>
        <ul class="contacts">
          ${operator.hotlines.map((fact) => hotlineItem(fact, operator))}
        </ul>`
    : noHotline(operator),
  operator.ussd.length
    ? html`<p class="label">${msg('Codes to dial from your line')}</p>
        <ul class="contacts">
          ${operator.ussd.map((fact) => ussdItem(fact, operator, copyCode))}
        </ul>
        <p class="copy-status" role="status">${copyStatus}</p>`
    : nothing,
];

/** Renewing through the operator's hotline. */
export const phonePanel = (operator: OperatorFacts | undefined, copy: CopyControls) => [
  intro(
    msg(
      "Call your operator's hotline. Some hotline numbers work only from that operator's lines, so call from the number you are renewing if you can.",
    ),
  ),
  operator ? contacts(operator, copy) : nothing,
  steps([
    operator?.hotlines.length
      ? msg('Call one of the numbers above.')
      : msg("Call the hotline listed on your operator's official website."),
    msg('Confirm who you are: give the name and ID number the line is registered under.'),
    msg('Ask to renew or top up, and choose a plan.'),
    msg('Pay with a method the agent offers, for example a bank card or phone banking.'),
    msg('Ask for a confirmation, and check your balance afterwards.'),
  ]),
  caution(
    msg(
      "Not every operator renews or tops up by phone: check its official website first. Never give your bank card PIN to anyone, and never give a one-time code on a call you didn't make.",
    ),
  ),
];
