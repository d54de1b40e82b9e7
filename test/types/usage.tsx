// Compiled (not run) by `npm run check`: what a TypeScript or React 19 user writes must
// type-check against the published typings, and misuse must not.
import {
  OmanSimRenewal,
  type OperatorChangeDetail,
  type SituationChangeDetail,
  type TabChangeDetail,
  type Theme,
} from 'oman-sim-renewal';
import type {} from 'oman-sim-renewal/jsx';

const el = document.createElement('oman-sim-renewal');
const typed: OmanSimRenewal = el;
typed.tab = 'phone';
typed.operator = 'ooredoo';
el.addEventListener('tab-change', (event) => {
  const detail: TabChangeDetail = event.detail;
  console.log(detail.tab, detail.previous);
});
document.querySelector('oman-sim-renewal')?.setAttribute('language', 'ar');

// @ts-expect-error: not a tab id
typed.tab = 'shop';

export const Guide = () => (
  <oman-sim-renewal
    operator="omantel"
    language="zh-Hans"
    tab="tips"
    theme="dark"
    ontab-change={(event) => console.log(event.detail.tab)}
  />
);

// @ts-expect-error: not a tab id
export const Wrong = () => <oman-sim-renewal tab="shop" />;

el.addEventListener('situation-change', (event) => {
  const detail: SituationChangeDetail = event.detail;
  console.log(detail.situation === 'abroad', detail.previous);
});
el.addEventListener('operator-change', (event) => {
  const detail: OperatorChangeDetail = event.detail;
  console.log(detail.operator, detail.previous ?? 'none before');
});
export const Abroad = () => (
  <oman-sim-renewal
    situation="abroad"
    onsituation-change={(event) => console.log(event.detail.situation)}
    onoperator-change={(event) => console.log(event.detail.operator)}
  />
);

// Listeners on document and window are typed too (the event bubbles out of the element).
document.addEventListener('tab-change', (event) => console.log(event.detail.previous));

// The one-file builds have the same exports and typings as the npm entry.
export type { OmanSimRenewal as FromCdn } from 'oman-sim-renewal/cdn';
export type { OmanSimRenewal as FromAllLanguages } from 'oman-sim-renewal/all-languages';
export const theme: Theme = 'light';
// @ts-expect-error: not a theme
export const wrongTheme: Theme = 'blue';

// @ts-expect-error: React 19 would listen for "TabChange"; only `ontab-change` reaches the event
export const CamelCase = () => <oman-sim-renewal onTabChange={() => {}} />;
