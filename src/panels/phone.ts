import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import {
  isInternational,
  type Fact,
  type Hotline,
  type OperatorFacts,
  type UssdCode,
  type UssdPurpose,
} from '../operators/index.js';
import { phoneNumber } from './safe-links.js';
import { ltr, ltrText } from '../i18n/bidi.js';
import { caution, confirmationNote, intro, officialLink, steps, telLink, type Situated } from './parts.js';

/** Who can call it, where a source says (or its format suggests); where it was seen, if that matters. */
const callerLabel = (hotline: Hotline, operator: OperatorFacts, abroad: boolean) => {
  if (abroad && !isInternational(hotline)) return msg('A short number: it may not connect from abroad');
  if (hotline.seenIn === 'postpaid-message-2009')
    return msg('Seen in a 2009 message to an Oman Mobile postpaid customer; it may have changed');
  if (hotline.caller === 'own-network') return msg(str`Only from ${ltrText(operator.name)} numbers`);
  // Inferred from the international format, never confirmed: worded as advice.
  if (hotline.caller === 'any-network')
    return msg('An international number: it should work from any network, and from abroad');
  return nothing;
};

// One label per purpose the data knows (src/operators/schema.ts); a new purpose needs one.
const purposeLabel = (purpose: UssdPurpose): string =>
  ({
    'credit-advance': msg(
      'Borrow credit when your balance is low (repaid, with a fee, from your next top-up)',
    ),
  })[purpose];

const hotlineItem = (fact: Fact<Hotline>, operator: OperatorFacts, abroad: boolean) =>
  phoneNumber(fact.value.dial)
    ? html`<li class=${abroad && !isInternational(fact.value) ? 'muted' : ''}>
        ${telLink(fact, 'tel call')}
        <span>${callerLabel(fact.value, operator, abroad)} ${confirmationNote(fact, operator)}</span>
      </li>`
    : nothing;

/**
 * The hotlines in the order a reader can use them: abroad, the +968 numbers first (the
 * short ones last, muted), or a word that none is known.
 */
const hotlineList = (operator: OperatorFacts, abroad: boolean) => {
  const ordered = abroad
    ? [...operator.hotlines].sort(
        (a, b) => Number(isInternational(b.value)) - Number(isInternational(a.value)),
      )
    : operator.hotlines;
  const noneFromAbroad =
    abroad && !operator.hotlines.some((fact) => isInternational(fact.value))
      ? html`<p class="hint">
            ${msg(str`We found no ${ltrText(operator.name)} number that can be called from abroad: use the website or app.`)}
          </p>
          <div class="actions">
            ${officialLink(operator.site.value, msg(str`Open the ${ltrText(operator.name)} website`), { part: 'button-link' })}
          </div>`
      : nothing;
  return html`${noneFromAbroad}<p class="label">${msg(str`${ltrText(operator.name)} hotline`)}</p>
    <ul class="contacts">
      ${ordered.map((fact) => hotlineItem(fact, operator, abroad))}
    </ul>`;
};

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
const contacts = (operator: OperatorFacts, { copyCode, copyStatus }: CopyControls, abroad: boolean) => [
  operator.hotlines.length ? hotlineList(operator, abroad) : noHotline(operator),
  operator.ussd.length
    ? html`<p class="label">${msg('Codes to dial from your line')}</p>
        <ul class="contacts">
          ${operator.ussd.map((fact) => ussdItem(fact, operator, copyCode))}
        </ul>
        <p class="copy-status" role="status">${copyStatus}</p>`
    : nothing,
];

/** Renewing through the operator's hotline. */
export const phonePanel = (operator: OperatorFacts | undefined, copy: CopyControls, { abroad }: Situated) => {
  const hotlines = operator?.hotlines.length ?? 0;
  return [
    intro(
      msg(
        "Call your operator's hotline. Some hotline numbers work only from that operator's lines, so call from the number you are renewing if you can.",
      ),
    ),
    operator
      ? contacts(operator, copy, abroad)
      : abroad
        ? html`<p class="hint">
            ${msg("From abroad, call the +968 number on your operator's official website; short numbers may not connect.")}
          </p>`
        : nothing,
    steps([
      hotlines > 1
        ? msg('Call one of the numbers above.')
        : hotlines === 1
          ? msg('Call the number above.')
          : msg("Call the hotline listed on your operator's official website."),
      msg(
        'On a call you made to the official number, confirm who you are: give the name and ID number the line is registered under.',
      ),
      msg('Ask to renew or top up, and choose a plan.'),
      msg(
        "If the agent offers to take payment, use only a method listed on the operator's website. Never read out your card PIN or a one-time code. If in doubt, hang up and top up online or in a store.",
      ),
      msg('Ask for a confirmation, and check your balance afterwards.'),
    ]),
    caution(
      msg(
        'Not every operator renews or tops up by phone: check its official website first. Never give a one-time code or your PIN to anyone on the phone, even on a call you made.',
      ),
    ),
  ];
};
