/** Small building blocks shared by the panels, so every tab reads the same way. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export type Text = string | TemplateResult;

/** The one-line summary at the top of a panel. */
export const intro = (text: Text) => html`<p class="intro">${text}</p>`;

/** Numbered steps the reader follows in order. */
export const steps = (items: Text[]) =>
  html`<ol class="steps" part="steps">
    ${items.map((item) => html`<li>${item}</li>`)}
  </ol>`;

/** A short list without order (tips). */
export const bullets = (items: Text[]) =>
  html`<ul class="bullets" part="bullets">
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;

/** A warning the reader should not miss; the label is text, not only colour or an icon. */
export const caution = (text: Text) =>
  html`<p class="caution" part="caution">
    <strong>${msg('Caution:', { desc: 'Label before a warning in a panel' })}</strong> ${text}
  </p>`;
