import type { OperatorFacts } from './schema.js';

// Provenance of each fact (quote seen, confidence, what was not found): docs/sources.md.
// Only the official site is known: no hotline, app, USSD code, recharge URL or validity
// rule was found. ("1000" is the regulator's number, not Vodafone's.)
export const vodafone: OperatorFacts = {
  id: 'vodafone',
  name: 'Vodafone Oman',
  site: {
    value: 'https://www.vodafone.om/',
    source: 'https://www.vodafone.om/terms-and-conditions',
    checked: '2026-11-28',
    status: 'verified',
  },
  hotlines: [],
  ussd: [],
};
