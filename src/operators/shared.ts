/**
 * Facts about every Omani line rather than one operator: what the regulator (TRA) does
 * with numbers and what the registered owner answers for. News reports, so `reported`.
 * Provenance (quotes, confidence): docs/sources.md. Context lives in comments, not in
 * `note`s, so that it costs the one-file build nothing.
 */
import type { Fact } from './schema.js';

export interface SharedFacts {
  /** Numbers are a public resource: the TRA can withdraw an allocated number. */
  numbersArePublic: Fact<'tra-may-withdraw'>;
  /** The registered owner answers for how a SIM is used. */
  ownerAnswersForSim: Fact<'owner-liable'>;
  /** SIMs left behind by departed expatriates have been resold and misused. */
  leftoverSimsMisused: Fact<'resold-and-misused'>;
}

export const SHARED: SharedFacts = {
  // Times of Oman, 2014-09-01, quoting the TRA.
  numbersArePublic: {
    value: 'tra-may-withdraw',
    source: 'http://www.timesofoman.com/article/39629/Oman/Reselling-mobile-numbers-barred-in-Oman',
    checked: '2026-11-28',
    status: 'reported',
    quote: 'reserves the right to withdraw any number allocated to the user',
  },
  // Times of Oman, 2016: the TRA's "My Number, My Identity" campaign.
  ownerAnswersForSim: {
    value: 'owner-liable',
    source:
      'https://timesofoman.com/article/16107-tra-warns-people-who-buy-mobile-phone-sim-cards-for-others-in-oman',
    checked: '2026-11-28',
    status: 'reported',
    quote: 'liable for the numbers registered to them',
  },
  // Times of Oman, 2013-05-14.
  leftoverSimsMisused: {
    value: 'resold-and-misused',
    source: 'http://www.timesofoman.com/article/15953/Oman/Leftover-Sim-cards-leave-a-trail-of-harassment',
    checked: '2026-11-29',
    status: 'reported',
    quote: 'registered in the name of expatriates who have left the country',
  },
};
