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
 * input and select follow. (Kept out of a css`` sheet, whose linter knows neither
 * `color-scheme` nor a declaration list reused in two rules.)
 */
export const colorSchemeStyles = unsafeCSS(
  `:host{color-scheme:light}` +
    `@media (prefers-color-scheme: dark){:host(:not([theme='light'])){${DARK_COLORS}}}` +
    `:host([theme='dark']){${DARK_COLORS}}`,
);

/**
 * Theming goes through documented custom properties (`--osr-*`, see README); the `--_*`
 * properties are private and hold each one with its light or dark default.
 */
export const tokenStyles = css`
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
  }
`;
