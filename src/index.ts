/**
 * The build entry: defines `<oman-sim-renewal>` once. Blogs often include the script twice
 * (two plugins, a theme and a post, `@1` and `@1.0.0` URLs), so defining must never throw;
 * the first definition stays, and a console warning says so only when versions differ.
 */
import { OmanSimRenewal, type TabChangeDetail } from './oman-sim-renewal.js';
import { VERSION } from './version.js';

export { OmanSimRenewal, VERSION };
export type { TabChangeDetail };
export type { TabId } from './tabs.js';
export { TAB_IDS } from './tabs.js';

export const TAG_NAME = 'oman-sim-renewal';

const defined = customElements.get(TAG_NAME) as { version?: string } | undefined;
if (!defined) {
  // The literal (not TAG_NAME) lets the custom-elements manifest analyzer read the tag.
  customElements.define('oman-sim-renewal', OmanSimRenewal);
} else if (defined.version !== VERSION) {
  console.warn(
    `<${TAG_NAME}>: version ${VERSION} was loaded on a page that already has version ${defined.version ?? 'unknown'}; keeping the first.`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'oman-sim-renewal': OmanSimRenewal;
  }
  interface HTMLElementEventMap {
    'tab-change': CustomEvent<TabChangeDetail>;
  }
}
