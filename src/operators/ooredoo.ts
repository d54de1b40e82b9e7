import type { OperatorFacts } from './schema.js';

// Provenance of each fact (quote seen, confidence, what was not found): docs/sources.md.
// Not found, so not shown: deep recharge URL, store locator, balance/recharge USSD,
// payment methods for prepaid recharge, validity rules.
const LEGACY_TERMS = 'http://www.ooredoo.om/Personal/Talk/OnTheGo/GeneralTermsConditions.aspx';
const SHOP_TERMS = 'https://shop.ooredoo.om/terms-and-conditions/';

export const ooredoo: OperatorFacts = {
  id: 'ooredoo',
  name: 'Ooredoo',
  site: { value: 'https://www.ooredoo.om/', source: SHOP_TERMS, checked: '2026-11-28', status: 'verified' },
  prepaidBrand: { value: 'Hala', source: SHOP_TERMS, checked: '2026-11-28', status: 'verified' },
  rechargePage: {
    value: { url: 'https://shop.ooredoo.om/', path: ['Quick Payment', 'Prepaid Recharge'] },
    source: SHOP_TERMS,
    checked: '2026-11-28',
    status: 'verified',
    note: 'Menu labels seen; the deep URL was not captured.',
  },
  reactivation: {
    value: { url: 'https://shop.ooredoo.om/', path: ['SIM Services', 'SIM Reactivation'] },
    source: SHOP_TERMS,
    checked: '2026-11-28',
    status: 'verified',
    note: 'Menu label seen; its conditions were not found.',
  },
  app: {
    value: { name: 'Ooredoo Oman' },
    source: LEGACY_TERMS,
    checked: '2026-11-28',
    status: 'reported',
    note: 'App Store and Google Play badges on a legacy page: re-check on the current site.',
  },
  hotlines: [
    {
      value: { dial: '1500', caller: 'own-network' },
      source: LEGACY_TERMS,
      checked: '2026-11-28',
      status: 'reported',
      note: 'Legacy page; 24/7. Re-check on the current site.',
    },
    {
      value: { dial: '+96895011500', caller: 'any-network' },
      source: LEGACY_TERMS,
      checked: '2026-11-28',
      status: 'reported',
      note: 'Old page; newer Ooredoo pages use +968 2200 numbers, so this may have changed.',
    },
  ],
  // About Auto Pay in the app (postpaid): a signal for online payment, not a prepaid rule.
  foreignCards: {
    value: { issuedIn: 'oman', scope: 'auto-pay' },
    source: 'https://www.ooredoo.om/en/personal/mobile/digital-services/auto-pay/',
    checked: '2026-11-28',
    status: 'verified',
    quote: 'Omani local debit/credit cards only',
  },
  ussd: [
    {
      value: { code: '*222*123#', purpose: 'credit-advance' },
      source: 'https://www.ooredoo.om/en/personal/mobile/mobile-financial-services/express-credit/',
      checked: '2026-11-28',
      status: 'verified',
      note: 'Express Credit; a 10% service fee plus 5% VAT is deducted from the next recharge.',
    },
  ],
};
