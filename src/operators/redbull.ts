import type { OperatorFacts } from './schema.js';

// Provenance of each fact (quote seen, confidence, what was not found): docs/sources.md.
// Red Bull MOBILE is run by Majan Telecommunication L.L.C., the company behind the former
// Renna Mobile, so `operator="renna"` shows this guide. Renna's old codes (1240, *181#)
// are not known to carry over and are not shown. Not found: hotline, USSD, recharge URL,
// store locator, validity rules.
const TERMS = 'https://www.redbullmobile.om/en/terms-and-conditions/';

export const redbull: OperatorFacts = {
  id: 'redbull',
  name: 'Red Bull MOBILE',
  site: {
    value: 'https://www.redbullmobile.om/en/',
    source: TERMS,
    checked: '2026-11-28',
    status: 'verified',
  },
  app: {
    value: { name: null },
    source: TERMS,
    checked: '2026-11-28',
    status: 'verified',
    note: 'The terms mention a "self-care MOBILE application"; its store name was not found.',
  },
  // Renna Mobile's online recharge policy (same company, former brand); not seen for Red
  // Bull MOBILE, so reported.
  foreignCards: {
    value: { issuedIn: 'oman', scope: 'online-recharge' },
    source: 'http://www.rennamobile.com/online-recharge-policy/',
    checked: '2026-11-29',
    status: 'reported',
    quote: 'cards issued in Oman',
  },
  hotlines: [],
  ussd: [],
};
