import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { styles } from './styles.js';
import { DEFAULT_TAB, TAB_IDS, isTabId, nextTabIndex, type TabId } from './tabs.js';
import { SOURCE_LOCALE, SUPPORTED_LOCALES, withLocale } from './i18n/localization.js';
import { resolveLocale } from './i18n/resolve-locale.js';
import { onlinePanel } from './panels/online.js';
import { storePanel } from './panels/store.js';
import { phonePanel } from './panels/phone.js';
import { tipsPanel } from './panels/tips.js';

export interface TabChangeDetail {
  tab: TabId;
  previous: TabId;
}

const panels: Record<TabId, () => unknown> = {
  online: onlinePanel,
  store: storePanel,
  phone: phonePanel,
  tips: tipsPanel,
};

// Tab labels are looked up at render time: msg() must never run at module scope.
const tabLabel = (tab: TabId): string =>
  ({
    online: msg('Online', { desc: 'Tab: renew on the website or app' }),
    store: msg('In a store', { desc: 'Tab: renew at a shop' }),
    phone: msg('By phone', { desc: 'Tab: renew through the hotline' }),
    tips: msg('Tips', { desc: 'Tab: advice for keeping the number' }),
  })[tab];

/** Bad `tab` values already reported, so a page that repeats one is not flooded. */
const warnedTabValues = new Set<string>();

/**
 * How to renew or top up an Omani prepaid SIM, in tabs: online, in a store, by phone, tips.
 *
 * @summary A guide to keeping an Omani prepaid number alive.
 * @tag oman-sim-renewal
 *
 * @fires {CustomEvent<TabChangeDetail>} tab-change - The reader chose another tab
 *   (click or keyboard); `detail` is `{ tab, previous }`. Not fired when script sets `tab`.
 *
 * @csspart title - The guide's title above the tabs.
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab button.
 * @csspart tab-selected - The selected tab button (together with `tab`).
 * @csspart panel - Each tab panel.
 * @csspart steps - A numbered list of steps.
 * @csspart bullets - The list of tips.
 * @csspart caution - A warning box inside a panel.
 *
 * @cssprop [--osr-font-family=inherit] - Font of the whole guide.
 * @cssprop [--osr-font-size=1rem] - Base font size.
 * @cssprop [--osr-background=#ffffff] - Background (dark default #16191d).
 * @cssprop [--osr-color=#1f2328] - Text colour (dark default #e6edf3).
 * @cssprop [--osr-muted-color=#59636e] - Unselected tab text (dark default #9198a1).
 * @cssprop [--osr-accent-color=#00736b] - Selected tab marker and focus ring (dark default #3fc1b0).
 * @cssprop [--osr-border-color=#d1d9e0] - Borders (dark default #3d444d).
 * @cssprop [--osr-tab-background=#f6f8fa] - Selected and hovered tab (dark default #212830).
 * @cssprop [--osr-caution-background=#fff8c5] - Warning box (dark default #3a2f10).
 * @cssprop [--osr-caution-border-color=#d4a72c] - Warning box edge (dark default #bb8009).
 * @cssprop [--osr-radius=8px] - Corner radius.
 * @cssprop [--osr-spacing=1rem] - Padding and gaps.
 */
export class OmanSimRenewal extends LitElement {
  static override styles = styles;

  /** Which operator's guide to show. Absent or unknown: the generic guide. */
  @property({ reflect: false }) operator?: string;

  /** Language of the guide; wins over `lang` when both are set. */
  @property({ reflect: false }) language?: string;

  /** The selected tab: `online`, `store`, `phone` or `tips`. */
  @property({ reflect: true }) tab: TabId = DEFAULT_TAB;

  /** The locale this instance renders in. */
  get locale(): string {
    return resolveLocale([this.language, this.getAttribute('lang')], SUPPORTED_LOCALES, SOURCE_LOCALE);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tab') && !isTabId(this.tab)) {
      const bad = String(this.tab);
      if (!warnedTabValues.has(bad)) {
        warnedTabValues.add(bad);
        console.warn(
          `<oman-sim-renewal>: unknown tab ${JSON.stringify(bad.slice(0, 60))}; showing "${DEFAULT_TAB}". Use one of: ${TAB_IDS.join(', ')}.`,
        );
      }
      this.tab = DEFAULT_TAB;
    }
  }

  protected override render() {
    return withLocale(this.locale, () => this.renderGuide());
  }

  private renderGuide() {
    return html`<div class="guide" part="base">
      <p id="title" class="title" part="title">${msg('Renew or top up your Omani prepaid SIM')}</p>
      <div role="tablist" part="tablist" aria-labelledby="title" @keydown=${this.onKeydown}>
        ${TAB_IDS.map((id) => {
          const selected = id === this.tab;
          return html`<button
            type="button"
            role="tab"
            id="tab-${id}"
            part=${selected ? 'tab tab-selected' : 'tab'}
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="panel-${id}"
            tabindex=${selected ? 0 : -1}
            @click=${() => this.choose(id)}
          >
            ${tabLabel(id)}
          </button>`;
        })}
      </div>
      ${TAB_IDS.map(
        (id) =>
          html`<div
            role="tabpanel"
            id="panel-${id}"
            part="panel"
            aria-labelledby="tab-${id}"
            tabindex="0"
            ?hidden=${id !== this.tab}
          >
            ${panels[id]()}
          </div>`,
      )}
    </div>`;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr';
    const next = nextTabIndex(event.key, TAB_IDS.indexOf(this.tab), TAB_IDS.length, direction);
    if (next === null) return;
    event.preventDefault();
    this.choose(TAB_IDS[next]);
    this.shadowRoot?.getElementById(`tab-${TAB_IDS[next]}`)?.focus();
  }

  /** Selects a tab on the reader's behalf and tells the page. */
  private choose(tab: TabId): void {
    const previous = this.tab;
    if (tab === previous) return;
    this.tab = tab;
    this.dispatchEvent(
      new CustomEvent<TabChangeDetail>('tab-change', {
        detail: { tab, previous },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
