// Compiled (not run) by `npm run check`: what a TypeScript or React 19 user writes must
// type-check against the published typings, and misuse must not.
import { OmanSimRenewal, type TabChangeDetail } from 'oman-sim-renewal';
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
