// (c) The floor: a minimal Lit element with four buttons and four panels holding the same
// text blocks as the guide (from guide-text.js), no i18n, no logic beyond the tab switch.
import { LitElement, html, css } from 'lit';
import { TABS } from './guide-text.js';

const block = (b) =>
  b.type === 'p'
    ? html`<p>${b.text}</p>`
    : b.type === 'ol'
      ? html`<ol>${b.items.map((item) => html`<li>${item}</li>`)}</ol>`
      : html`<ul>${b.items.map((item) => html`<li>${item}</li>`)}</ul>`;

class MinimalTabs extends LitElement {
  static properties = { tab: { reflect: true } };
  static styles = css`
    :host { display: block; border: 1px solid #d1d9e0; border-radius: 8px; padding: 1rem; }
    [role='tablist'] { display: flex; gap: 0.25rem; border-bottom: 1px solid #d1d9e0; }
    button { font: inherit; border: 0; background: none; padding: 0.5rem 0.75rem; }
    button[aria-selected='true'] { box-shadow: inset 0 -2px #00736b; }
  `;

  constructor() {
    super();
    this.tab = TABS[0].id;
  }

  render() {
    return html`<div role="tablist">
        ${TABS.map(
          ({ id, label }) =>
            html`<button role="tab" aria-selected=${id === this.tab} @click=${() => (this.tab = id)}>${label}</button>`,
        )}
      </div>
      ${TABS.map(
        ({ id, blocks }) =>
          html`<div role="tabpanel" id="panel-${id}" ?hidden=${id !== this.tab}>${blocks.map(block)}</div>`,
      )}`;
  }
}

export async function load() {
  if (!customElements.get('minimal-tabs')) customElements.define('minimal-tabs', MinimalTabs);
  await customElements.whenDefined('minimal-tabs');
}

export const create = () => document.createElement('minimal-tabs');

export const ready = (element) => element.updateComplete;

export async function select(element, tab) {
  element.tab = tab;
  await element.updateComplete;
}

export const shownTab = (element) =>
  element.shadowRoot.querySelector('[role="tabpanel"]:not([hidden])')?.id.replace('panel-', '');

export function check(element) {
  const panels = element.shadowRoot?.querySelectorAll('[role="tabpanel"]') ?? [];
  if (panels.length !== 4) throw new Error(`minimal-tabs: ${panels.length} panels rendered`);
}
