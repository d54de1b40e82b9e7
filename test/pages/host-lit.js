// The page's own Lit component, as on a Lit-based blog theme: its own copy of Lit, which
// creates its own "lit-html" Trusted Types policy.
import { LitElement, html } from 'lit';

customElements.define(
  'host-card',
  class extends LitElement {
    render() {
      return html`<p>The blog's own component</p>`;
    }
  },
);
