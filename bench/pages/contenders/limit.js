// The LIMIT: the very DOM and stylesheet <oman-sim-renewal> renders (captured from the
// built element by bench/lib/snapshot.mjs), cloned from a <template> into a shadow root,
// with no framework, no i18n, no logic. Nothing can render the same guide much faster.
// The template and the stylesheet are made on first use, as Lit prepares its own
// template and sheet on the first render: that one-time cost is part of a cold guide.
import { snapshotFor } from './snapshot.js';

const TAG = 'limit-guide';
let template;
let sheet;

class LimitGuide extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const { shadow, css } = snapshotFor(this.getAttribute('operator'));
    if (!template) {
      template = document.createElement('template');
      template.innerHTML = shadow;
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    root.append(template.content.cloneNode(true));
  }
}

export async function load() {
  if (!customElements.get(TAG)) customElements.define(TAG, LimitGuide);
}

export function create({ operator }) {
  const element = document.createElement(TAG);
  if (operator) element.setAttribute('operator', operator);
  return element;
}

export const ready = async () => {};

export function check(element) {
  if (!element.shadowRoot?.querySelector('[role="tabpanel"] li')) throw new Error(`${TAG}: nothing stamped`);
}
