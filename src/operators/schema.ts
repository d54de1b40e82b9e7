/**
 * The shape of what we know about an operator. Every fact carries where it was seen
 * (`source`), when that was checked (`checked`, YYYY-MM-DD) and how sure we are:
 * - `verified`: seen on the operator's own page;
 * - `reported`: seen elsewhere, or on an old operator page that may have changed.
 * The view shows `reported` facts with an "unconfirmed" note. A fact nobody found is
 * simply absent: the guide then points to the operator's official site. Never invent one.
 */

export type FactStatus = 'verified' | 'reported';

export interface Fact<T> {
  value: T;
  /** The page the fact was seen on (https or http URL). */
  source: string;
  /** The date the source was checked, YYYY-MM-DD. */
  checked: string;
  status: FactStatus;
  /**
   * Words seen on the source page, for a fact whose value is our own label (such as
   * `{ issuedIn: 'oman' }`): `npm run check-sources` looks for them. Not shown.
   */
  quote?: string;
  /** Context for maintainers (e.g. "legacy page"); not shown. */
  note?: string;
}

/**
 * Which bank cards an operator's online payment takes, as a page states it: `scope` says
 * which payment the statement is about (Ooredoo's is about Auto Pay in its app, a signal
 * for online payment in general; Red Bull MOBILE's comes from Renna's online recharge).
 */
export interface CardRule {
  issuedIn: 'oman';
  scope: 'auto-pay' | 'online-recharge';
}

/** Who can call a hotline number: as a source states it, or `unstated`. */
export type Caller = 'own-network' | 'any-network' | 'unstated';

export interface Hotline {
  /** Digits as dialled, international numbers with a leading +, e.g. "1500" or "+96898400000". */
  dial: string;
  caller: Caller;
  /** Where it was seen, when the reader should know (a number seen only in an old postpaid SMS). */
  seenIn?: 'postpaid-message-2009';
}

/** A number in international form (+968…): the only kind we know can be called from abroad. */
export const isInternational = ({ dial }: Hotline) => dial.startsWith('+968');

/** Only what the data holds: a purpose gets a label (in panels/phone.ts) when a code needs it. */
export type UssdPurpose = 'credit-advance';

export interface UssdCode {
  code: string;
  purpose: UssdPurpose;
}

export interface OperatorFacts {
  id: OperatorId;
  /** The brand as the operator writes it. */
  name: string;
  /** The operator's official website (https). */
  site: Fact<string>;
  /** Prepaid brand name, e.g. "Hala". */
  prepaidBrand?: Fact<string>;
  /** Where to recharge online, and the menu path to follow there when the deep link is unknown. */
  rechargePage?: Fact<{ url: string; path?: string[] }>;
  /** Self-care app: its store name when known, or `null` when only its existence is known. */
  app?: Fact<{ name: string | null }>;
  storeLocator?: Fact<string>;
  /** Online service to reactivate a lapsed SIM. */
  reactivation?: Fact<{ url: string; path?: string[] }>;
  hotlines: Fact<Hotline>[];
  ussd: Fact<UssdCode>[];
  /** Whether online payment takes cards issued outside Oman (it matters to readers abroad). */
  foreignCards?: Fact<CardRule>;
}

export const OPERATOR_IDS = ['omantel', 'ooredoo', 'vodafone', 'friendi', 'redbull'] as const;

export type OperatorId = (typeof OPERATOR_IDS)[number];
