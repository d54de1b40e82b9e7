// Types for prerender/render.mjs (`import { renderGuide } from 'oman-sim-renewal/prerender'`).
export interface GuideOptions {
  /** An operator id (omantel, ooredoo, vodafone, friendi, redbull); absent: the general guide. */
  operator?: string;
  /** A language tag (en, zh-Hans, ar, zh-Hant, ur, hi, bn, ml); absent: English. */
  language?: string;
  situation?: 'home' | 'abroad';
  tab?: 'online' | 'store' | 'phone' | 'tips';
}

export interface Forms {
  /** Declarative shadow DOM, shown before (and without) the script. Default true. */
  shadow?: boolean;
  /** Plain semantic HTML for feeds and crawlers. Default true. */
  plain?: boolean;
}

/** The guide as HTML: an `<oman-sim-renewal>` element holding the forms asked for. */
export function renderGuide(options?: GuideOptions, forms?: Forms): string;
