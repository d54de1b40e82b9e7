/**
 * The build entry: defines `<oman-sim-renewal>` once. Blogs often include the same script
 * twice (two plugins, a theme and a post), so defining must never throw.
 */
import { OmanSimRenewal, type TabChangeDetail } from './oman-sim-renewal.js';

export { OmanSimRenewal };
export type { TabChangeDetail };
export type { TabId } from './tabs.js';
export { TAB_IDS } from './tabs.js';

export const TAG_NAME = 'oman-sim-renewal';

if (!customElements.get(TAG_NAME)) {
  customElements.define(TAG_NAME, OmanSimRenewal);
}

declare global {
  interface HTMLElementTagNameMap {
    'oman-sim-renewal': OmanSimRenewal;
  }
  interface HTMLElementEventMap {
    'tab-change': CustomEvent<TabChangeDetail>;
  }
}
