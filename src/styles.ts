import { css, unsafeCSS } from 'lit';

/** Dark defaults, declared once and applied twice below. */
const DARK_COLORS = [
  'color-scheme: dark',
  '--_bg: var(--osr-background, #16191d)',
  '--_fg: var(--osr-color, #e6edf3)',
  '--_muted: var(--osr-muted-color, #9198a1)',
  '--_accent: var(--osr-accent-color, #3fc1b0)',
  '--_border: var(--osr-border-color, #3d444d)',
  '--_tab-bg: var(--osr-tab-background, #212830)',
  '--_caution-bg: var(--osr-caution-background, #3a2f10)',
  '--_caution-border: var(--osr-caution-border-color, #bb8009)',
  '--_error: var(--osr-error-color, #ff8a80)',
].join(';');

/**
 * The colour scheme: light by default, dark under prefers-color-scheme: dark unless
 * theme="light", and dark whenever theme="dark". `color-scheme` makes the native date
 * input and select follow. (Kept out of the css`` sheet below, whose linter knows neither
 * `color-scheme` nor a declaration list reused in two rules.)
 */
const colorScheme = unsafeCSS(
  `:host{color-scheme:light}` +
    `@media (prefers-color-scheme: dark){:host(:not([theme='light'])){${DARK_COLORS}}}` +
    `:host([theme='dark']){${DARK_COLORS}}`,
);

/**
 * Theming goes through documented custom properties (`--osr-*`, see README); the `--_*`
 * properties are private and hold each one with its light or dark default.
 * Inherited text properties are reset on the inner `.guide`, not on the host: a blog
 * theme's `* { … }` rule matches the host itself and would win there, but it cannot reach
 * inside the shadow root. So `text-transform`, `letter-spacing`, `text-align`, … stop at
 * the wrapper; only the font family (and the custom properties) come through.
 */
const sheet = css`
  :host {
    --_bg: var(--osr-background, #ffffff);
    --_fg: var(--osr-color, #1f2328);
    --_muted: var(--osr-muted-color, #59636e);
    --_accent: var(--osr-accent-color, #00736b);
    --_border: var(--osr-border-color, #d1d9e0);
    --_tab-bg: var(--osr-tab-background, #f6f8fa);
    --_caution-bg: var(--osr-caution-background, #fff8c5);
    --_caution-border: var(--osr-caution-border-color, #d4a72c);
    --_error: var(--osr-error-color, #b42318);
    --_radius: var(--osr-radius, 8px);
    --_space: var(--osr-spacing, 1rem);

    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .guide {
    font-family: var(--osr-font-family, inherit);
    font-size: var(--osr-font-size, 1rem);
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
    visibility: visible;
    cursor: auto;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  /* Scripts a blog's own font rarely covers: the platforms' own fonts for them (nothing is
     downloaded), and the taller lines they need. --osr-font-family still wins. */
  .guide:lang(ur) {
    font-family: var(
      --osr-font-family,
      'Noto Nastaliq Urdu',
      'Jameel Noori Nastaleeq',
      'Urdu Typesetting',
      'Noto Naskh Arabic',
      Tahoma,
      sans-serif
    );
    line-height: 2.2;
  }
  .guide:lang(hi) {
    font-family: var(--osr-font-family, 'Noto Sans Devanagari', 'Nirmala UI', 'Kohinoor Devanagari', Mangal, sans-serif);
  }
  .guide:lang(bn) {
    font-family: var(--osr-font-family, 'Noto Sans Bengali', 'Nirmala UI', 'Kohinoor Bangla', Vrinda, sans-serif);
  }
  .guide:lang(ml) {
    font-family: var(--osr-font-family, 'Noto Sans Malayalam', 'Nirmala UI', 'Malayalam Sangam MN', Kartika, sans-serif);
  }
  .guide:lang(hi),
  .guide:lang(bn),
  .guide:lang(ml) {
    line-height: 1.75;
  }

  .title {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.125em;
    font-weight: 700;
  }

  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }

  [role='tab'] {
    margin: 0 0 -1px;
    padding: 0.5em 0.9em;
    min-block-size: 44px;
    border: 1px solid transparent;
    border-block-end: 3px solid transparent;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    transition:
      color 0.15s ease,
      background-color 0.15s ease,
      border-color 0.15s ease;
  }

  [role='tab']:hover {
    color: var(--_fg);
    background: var(--_tab-bg);
  }

  [role='tab'][aria-selected='true'] {
    color: var(--_fg);
    background: var(--_tab-bg);
    border-color: var(--_border);
    border-block-end-color: var(--_accent);
  }

  [role='tab']:focus-visible,
  [role='tabpanel']:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  [role='tabpanel'] {
    padding-block: var(--_space) 0;
  }

  [role='tabpanel'][hidden] {
    display: none;
  }

  .intro {
    margin: 0 0 0.5em;
  }

  .steps,
  .bullets {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.5em;
  }

  .steps li,
  .bullets li {
    margin-block: 0.35em;
  }

  .caution {
    margin: 0;
    padding: 0.6em 0.9em;
    background: var(--_caution-bg);
    border-inline-start: 4px solid var(--_caution-border);
    border-radius: calc(var(--_radius) / 2);
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

  .chooser {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .chip {
    min-block-size: 36px;
    padding: 0.2em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
  }

  .chip[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }

  select,
  input {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.35em 0.5em;
    min-block-size: 44px;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }

  .button-link,
  .button {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 0.4em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_bg);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .button:disabled {
    background: transparent;
    color: var(--_muted);
    border-color: var(--_border);
    cursor: not-allowed;
  }

  .hint,
  .unconfirmed,
  .sources {
    color: var(--_muted);
    font-size: 0.925em;
  }

  .hint {
    margin-block: 0.35em;
  }

  .unconfirmed {
    display: inline-block;
    font-style: italic;
  }

  .menu-path {
    font-weight: 600;
  }

  .label {
    margin: var(--_space) 0 0.25em;
    font-weight: 700;
  }

  .contacts {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .contacts li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block: 0.35em;
  }

  .tel {
    font-size: 1.15em;
    font-weight: 700;
  }

  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
    padding: 0.1em 0.35em;
    border-radius: 4px;
    background: var(--_tab-bg);
  }

  .copy {
    min-block-size: 32px;
    padding: 0.2em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
  }

  .copy-status {
    min-block-size: 1.5em;
    margin-block: 0.25em 0;
    color: var(--_muted);
  }

  .reminder {
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .reminder .label {
    margin-block-start: 0;
  }

  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.25em;
  }

  .fields label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }

  .status {
    min-block-size: 1.5em;
    margin-block: 0.5em;
  }

  .status.error {
    color: var(--_error);
  }

  .sources {
    margin-block-start: var(--_space);
  }

  .sources summary {
    cursor: pointer;
  }

  .sources ul {
    margin: 0.35em 0;
    padding-inline-start: 1.25em;
  }

  /* Printed, the guide becomes a checklist: every panel in order, links with their
     addresses, no controls. */
  @media print {
    .guide {
      border: 0;
      padding: 0;
    }
    [role='tablist'],
    .chooser,
    button,
    .reminder,
    .sources summary {
      display: none !important;
    }
    [role='tabpanel'][hidden],
    .print-only {
      display: block;
    }
    .panel-title {
      margin: var(--_space) 0 0;
      font-weight: 700;
      font-size: 1.1em;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-weight: normal;
      color: var(--_fg);
    }
    .button-link {
      background: none;
      color: var(--_fg);
      border: 0;
      padding: 0;
      min-block-size: 0;
    }
    .sources ul {
      display: block;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

export const styles = [sheet, colorScheme];
