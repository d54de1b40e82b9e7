import type { OperatorFacts } from './schema.js';

// From shared/content/operators-research.md (archived pages, checked 2026-11-28).
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
  hotlines: [],
  ussd: [],
};
