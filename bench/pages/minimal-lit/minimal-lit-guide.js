// A MINIMAL Lit tab element for the long-task phase: Lit (the same version as ours) showing
// what the built guide shows — the same stylesheet, the title, four tabs with a click
// handler each, the first panel's content and the sources line — with no i18n, no facts and
// no logic of ours. Bundled at bench time with the snapshot of today's build
// (bench/phases/long-tasks.mjs), into one file like ours; its longest task is Lit's floor for
// this content on a cold page.
import { LitElement, html, unsafeCSS } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { SNAPSHOTS } from '../generated/snapshots.js';

const { css, visible } = SNAPSHOTS['ooredoo en'];

class MinimalLitGuide extends LitElement {
  static styles = unsafeCSS(css);
  static properties = { tab: {} };

  constructor() {
    super();
    this.tab = visible.tabs[0].id;
  }

  render() {
    return html`<div class="guide" part="base" lang=${visible.lang}>
      ${unsafeHTML(visible.title)}
      <div role="tablist" class="tabs">
        ${visible.tabs.map(
          ({ id, label }) =>
            html`<button
              role="tab"
              id="tab-${id}"
              aria-selected=${id === this.tab ? 'true' : 'false'}
              @click=${() => (this.tab = id)}
            >
              ${label}
            </button>`,
        )}
      </div>
      <div role="tabpanel" tabindex="0">${unsafeHTML(visible.panel)}</div>
      <details><summary>${visible.summary}</summary></details>
    </div>`;
  }
}

customElements.define('minimal-lit-guide', MinimalLitGuide);
