/**
 * A name a reader understands for each source page, as the sources list shows it: the site,
 * then the page's own title (in the page's language), rather than its URL slug. Every
 * source in the data has one (test/unit/operators-data.test.ts).
 */
export const SOURCE_NAMES: Readonly<Record<string, string>> = {
  'https://www.omantel.om/About%20us/regulatory/stadard-customer-agreement':
    'omantel.om › Standard customer agreement',
  'https://portal.omantel.om/Personal/mobile/Help/FAQ/a5feddf8-3749-43f3-8da9-112377bf8dd6/!ut/p/z0/fczfCoIwFIDxJxpnbu7f5YwwLSHoIttNnDjOhjIlpOfPJ-jygx8fBOghZPymEbe0ZJz3fgT95DX3p8qKCz-2lnvlrpWXTXNWGm5DhhbCf7RfxKc7dCOEFbc3Szku0KOKA1G0TJrSsVJGySyhY0UhpDGvaIk0rFN9_wFS2BXB/':
    'portal.omantel.om › Hayyak FAQ',
  'https://portal.omantel.om/Personal/mobile/Help/FAQ/!ut/p/z0/fYy5bsMwEES_xqXAIUVRZCkDQeKjSGmzMVYSSclmdMBSEOTrQzhVinirGbx5yyw7MTvQZx9o6ceBYupnqy54RfW21eKIl71GVZj3bZXvdodCsT2zzwfpQ3-dZ1sx24zD4r4Wdho_KKV4ccMG38n-5wgPbITQnZQ8jp5aEIcpC-kBzf_i0HEFWv29Ds2dj1E-tWfxwBEudEaKiDVI0BTzpfEdp_XXRgB1tU7YXTWoMFNNed_fCrUB8jKHUW1GDiKTbaOz2qk68740TrWy1Eaz6WbPP3Ti9xc!/':
    'portal.omantel.om › Baqati FAQ',
  'http://www.muscati.com/2009/04/': 'muscati.com › a blog, April 2009',
  'http://www.ooredoo.om/Personal/Talk/OnTheGo/GeneralTermsConditions.aspx':
    'ooredoo.om › General terms (old page)',
  'https://shop.ooredoo.om/terms-and-conditions/': 'shop.ooredoo.om › Terms and conditions',
  'https://www.ooredoo.om/en/personal/mobile/digital-services/auto-pay/': 'ooredoo.om › Auto Pay',
  'https://www.ooredoo.om/en/personal/mobile/mobile-financial-services/express-credit/':
    'ooredoo.om › Express Credit',
  'https://www.vodafone.om/terms-and-conditions': 'vodafone.om › Terms and conditions',
  'https://www.friendimobile.com/en-om/article/global/terms-and-conditions.html':
    'friendimobile.com › Terms and conditions',
  'https://www.redbullmobile.om/en/terms-and-conditions/': 'redbullmobile.om › Terms and conditions',
  'http://www.rennamobile.com/online-recharge-policy/':
    'rennamobile.com › Online recharge policy (former brand)',
  'http://www.timesofoman.com/article/39629/Oman/Reselling-mobile-numbers-barred-in-Oman':
    'Times of Oman, 2014 › Reselling mobile numbers barred',
  'https://timesofoman.com/article/16107-tra-warns-people-who-buy-mobile-phone-sim-cards-for-others-in-oman':
    'Times of Oman, 2016 › TRA warns people who buy SIM cards for others',
  'http://www.timesofoman.com/article/15953/Oman/Leftover-Sim-cards-leave-a-trail-of-harassment':
    'Times of Oman, 2013 › Leftover SIM cards',
};
