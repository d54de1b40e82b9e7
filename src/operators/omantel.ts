import type { OperatorFacts } from './schema.js';

// Provenance of each fact (quote seen, confidence, what was not found): docs/sources.md.
// Not found, so not shown: online recharge URL, store locator, USSD codes, validity rules.
export const omantel: OperatorFacts = {
  id: 'omantel',
  name: 'Omantel',
  site: {
    value: 'https://www.omantel.om/',
    source: 'https://www.omantel.om/About%20us/regulatory/stadard-customer-agreement',
    checked: '2026-11-28',
    status: 'verified',
  },
  prepaidBrand: {
    value: 'Hayyak',
    source:
      'https://portal.omantel.om/Personal/mobile/Help/FAQ/a5feddf8-3749-43f3-8da9-112377bf8dd6/!ut/p/z0/fczfCoIwFIDxJxpnbu7f5YwwLSHoIttNnDjOhjIlpOfPJ-jygx8fBOghZPymEbe0ZJz3fgT95DX3p8qKCz-2lnvlrpWXTXNWGm5DhhbCf7RfxKc7dCOEFbc3Szku0KOKA1G0TJrSsVJGySyhY0UhpDGvaIk0rFN9_wFS2BXB/',
    checked: '2026-11-28',
    status: 'verified',
  },
  app: {
    value: { name: null },
    source:
      'https://portal.omantel.om/Personal/mobile/Help/FAQ/!ut/p/z0/fYy5bsMwEES_xqXAIUVRZCkDQeKjSGmzMVYSSclmdMBSEOTrQzhVinirGbx5yyw7MTvQZx9o6ceBYupnqy54RfW21eKIl71GVZj3bZXvdodCsT2zzwfpQ3-dZ1sx24zD4r4Wdho_KKV4ccMG38n-5wgPbITQnZQ8jp5aEIcpC-kBzf_i0HEFWv29Ds2dj1E-tWfxwBEudEaKiDVI0BTzpfEdp_XXRgB1tU7YXTWoMFNNed_fCrUB8jKHUW1GDiKTbaOz2qk68740TrWy1Eaz6WbPP3Ti9xc!/',
    checked: '2026-11-28',
    status: 'verified',
    note: 'The FAQ mentions "Omantel\'s app"; its store listing name was not found.',
  },
  hotlines: [
    {
      // Who can call it is not stated: "only from Omantel numbers" was our inference.
      value: { dial: '1234', caller: 'unstated', seenIn: 'postpaid-message-2009' },
      source: 'http://www.muscati.com/2009/04/',
      checked: '2026-11-28',
      status: 'reported',
      quote: 'For customer service please dial 1234',
      note: 'Only source: a 2009 personal blog quoting an SMS to an Oman Mobile postpaid customer.',
    },
  ],
  ussd: [],
};
