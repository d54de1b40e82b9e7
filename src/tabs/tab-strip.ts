import { html } from 'lit';
import { TAB_IDS, type TabId } from './tabs.js';

export interface TabStripOptions {
  selected: TabId;
  labels: Record<TabId, string>;
  onChoose: (tab: TabId) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/**
 * The APG tab list: one button per tab, the selected one in the Tab order (roving
 * tabindex), named by the guide's title. Panels carry the matching ids.
 */
export const tabStrip = ({ selected, labels, onChoose, onKeydown }: TabStripOptions) =>
  html`<div role="tablist" part="tablist" aria-labelledby="title" @keydown=${onKeydown}>
    ${TAB_IDS.map((id) => {
      const isSelected = id === selected;
      return html`<button
        type="button"
        role="tab"
        id="tab-${id}"
        part=${isSelected ? 'tab tab-selected' : 'tab'}
        aria-selected=${isSelected ? 'true' : 'false'}
        aria-controls="panel-${id}"
        tabindex=${isSelected ? 0 : -1}
        @click=${() => onChoose(id)}
      >
        ${labels[id]}
      </button>`;
    })}
  </div>`;
