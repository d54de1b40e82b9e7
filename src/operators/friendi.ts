import type { OperatorFacts } from './schema.js';

// Provenance of each fact (quote seen, confidence, what was not found): docs/sources.md.
// Not found, so not shown: short code, USSD codes, recharge URL, app, store locator,
// validity rules. ("Friendi Pay" is a payments wallet, not the SIM's self-care app.)
const TERMS = 'https://www.friendimobile.com/en-om/article/global/terms-and-conditions.html';

export const friendi: OperatorFacts = {
  id: 'friendi',
  name: 'FRiENDi mobile',
  site: {
    value: 'https://www.friendimobile.com/en-om/',
    source: TERMS,
    checked: '2026-11-28',
    status: 'verified',
  },
  hotlines: [
    {
      value: { dial: '+96898400000', caller: 'any-network' },
      source: TERMS,
      checked: '2026-11-28',
      status: 'verified',
      note: '"Call us +96898400000" in the site header (the grouping is ours); international format, so any network or abroad (inferred).',
    },
  ],
  ussd: [],
};
