import { css, unsafeCSS } from 'lit';
import { languageRules } from '../i18n/languages.js';

/**
 * The host box, resets, script fonts and the controls every view shares.
 * Inherited text properties are reset on the inner `.guide`, not on the host: a blog
 * theme's `* { … }` rule matches the host itself and would win there, but it cannot reach
 * inside the shadow root. So `text-transform`, `letter-spacing`, `text-align`, … stop at
 * the wrapper; only the font family (and the custom properties) come through.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    /* The guide is a size container, which has no width of its own to offer a layout
       that shrinks its children (a centred flex column): take the line's full width,
       and lay the host out horizontally too, so that width means the line's length. */
    inline-size: 100%;
    writing-mode: horizontal-tb;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* A size container has no width of its own: inside a shrink-to-fit box (a table cell, a
     float, an inline-block, a dialog, a popover) it would collapse to a word per line. It
     offers a readable width instead, never wider than the screen. */
  .guide {
    container: guide / inline-size;
    contain-intrinsic-inline-size: min(40em, 100vw - 4em);
    font-family: var(--_font);
    font-size: var(--_size);
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: break-word;
    /* Not visibility: a page hiding its container (a closed drawer) must hide the guide. */
    -webkit-text-fill-color: currentcolor;
    writing-mode: horizontal-tb;
    cursor: auto;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  /* A blogger's own note under the title: set apart like a quoted aside, in the guide's
     colours and the reader's direction (it inherits both through the slot). */
  ::slotted([slot='note']) {
    display: block;
    margin: 0 0 calc(var(--_space) * 0.5);
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_fg);
    font-style: normal;
  }

  @media print {
    ::slotted([slot='note']) {
      column-span: all;
    }
  }

  /* A formatted date (src/i18n/bidi.ts dateIn) is read as one unit: never wrapped mid-date. */
  .date {
    white-space: nowrap;
  }

  /* The codes must stay selectable by hand (the copy fallback), even under a theme's
     copy protection (body { user-select: none }). */
  code {
    -webkit-user-select: text;
    user-select: text;
  }

  /* The blog's own heading usually names the topic already: the title stays at text size,
     so the chrome above the first step stays light on a phone. */
  .title {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1em;
    font-weight: 600;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .print-only {
    display: none;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  select,
  input {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_control-border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.35em 0.5em;
    min-block-size: 44px;
  }

  /* Balanced lines: a label that wraps does not leave one or two characters alone. */
  .button-link,
  .button {
    text-wrap: balance;
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 0.4em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    /* White or black, whichever reads on the accent (a page's accent may be light). */
    color: #fff;
    color: oklch(from var(--_accent) clamp(0, (0.66 - l) * 1000, 1) 0 0);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .button:disabled {
    background: transparent;
    color: var(--_muted);
    border-color: var(--_control-border);
    border-style: dashed;
    cursor: not-allowed;
  }
`;

/**
 * Scripts a blog's own font rarely covers, from the language table (src/i18n/languages.ts):
 * the platforms' own fonts (--osr-font-family still wins), taller lines, the language's
 * list markers, and the browser's Han–Latin gap for Chinese.
 */
export const languageStyles = unsafeCSS(languageRules());
