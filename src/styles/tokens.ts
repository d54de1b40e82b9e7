import { unsafeCSS } from 'lit';

/**
 * The one table of the guide's theme tokens. Each public `--osr-*` property feeds a private
 * `--_*` one, with a default per theme:
 * - `auto` (no `theme`, or `theme="auto"`): at home in the host page — no background of its
 *   own, the page's text colour and size, borders and tints mixed from that colour, and the
 *   theme's accent where the page has one (Pico, Bootstrap, WordPress block themes);
 *   `light-dark()` picks between the light and dark values by the page's scheme;
 * - `light` and `dark` (`theme="light|dark"`): a self-contained card in a fixed palette.
 * The element's JSDoc `@cssprop` lines restate this table for the manifest; a test checks
 * that they agree.
 */
export interface Token {
  /** The public custom property. */
  name: `--osr-${string}`;
  /** The private property the styles read. */
  slot: `--_${string}`;
  auto: string;
  light: string;
  dark: string;
  /** The default as the manifest and README state it, where `auto` is too long to show. */
  documented?: string;
  summary: string;
}

const same = (value: string) => ({ auto: value, light: value, dark: value });
const byScheme = (light: string, dark: string) => ({ auto: `light-dark(${light}, ${dark})`, light, dark });

export const PAGE_ACCENTS = ['--pico-primary', '--bs-link-color', '--wp--preset--color--primary'];

export const TOKENS: Token[] = [
  { name: '--osr-font-family', slot: '--_font', ...same('inherit'), summary: 'Font of the whole guide.' },
  { name: '--osr-font-size', slot: '--_size', ...same('1em'), summary: "Base font size (the page's)." },
  {
    name: '--osr-background',
    slot: '--_bg',
    auto: 'transparent',
    light: '#ffffff',
    dark: '#16191d',
    summary: 'Background.',
  },
  {
    name: '--osr-color',
    slot: '--_fg',
    auto: 'currentColor',
    light: '#1f2328',
    dark: '#e6edf3',
    summary: "Text colour (unset: the page's).",
  },
  {
    name: '--osr-muted-color',
    slot: '--_muted',
    auto: 'color-mix(in srgb, currentColor 80%, transparent)',
    documented: 'text colour at 80%',
    light: '#59636e',
    dark: '#9198a1',
    summary: 'Hints and unselected tabs.',
  },
  {
    name: '--osr-accent-color',
    slot: '--_accent',
    auto: PAGE_ACCENTS.reduceRight((fallback, name) => `var(${name}, ${fallback})`, '#00736b'),
    documented: '#00736b',
    light: '#00736b',
    dark: '#3fc1b0',
    summary: `Links, buttons and focus rings. Unset, the page theme's accent where it has one (${PAGE_ACCENTS.join(', ')}).`,
  },
  {
    name: '--osr-border-color',
    slot: '--_border',
    auto: 'color-mix(in srgb, currentColor 22%, transparent)',
    documented: 'text colour at 22%',
    light: '#d1d9e0',
    dark: '#3d444d',
    summary: 'Card and divider borders.',
  },
  {
    name: '--osr-control-border-color',
    slot: '--_control-border',
    auto: 'color-mix(in srgb, currentColor 55%, transparent)',
    documented: 'text colour at 55%',
    light: '#818b98',
    dark: '#768390',
    summary: 'Borders of fields and secondary buttons (3:1 against the background).',
  },
  {
    name: '--osr-tab-background',
    slot: '--_tab-bg',
    auto: 'color-mix(in srgb, currentColor 7%, transparent)',
    documented: 'text colour at 7%',
    light: '#eef1f4',
    dark: '#262c36',
    summary: 'Track of the tabs, tints and code.',
  },
  {
    name: '--osr-caution-background',
    slot: '--_caution-bg',
    auto: 'rgb(212 167 44 / 0.18)',
    light: '#fff8c5',
    dark: 'rgb(187 128 9 / 0.15)',
    summary: 'Warning box and "unconfirmed" badge.',
  },
  {
    name: '--osr-caution-border-color',
    slot: '--_caution-border',
    ...byScheme('#d4a72c', '#9e6a03'),
    documented: '#d4a72c',
    summary: 'Warning box edge.',
  },
  {
    name: '--osr-error-color',
    slot: '--_error',
    ...byScheme('#b42318', '#ff8a80'),
    documented: '#b42318',
    summary: 'Inline error messages.',
  },
  { name: '--osr-radius', slot: '--_radius', ...same('8px'), summary: 'Corner radius.' },
  {
    name: '--osr-spacing',
    slot: '--_space',
    ...same('clamp(0.625rem, 3.5vw, 1rem)'),
    documented: '1rem',
    summary: 'Padding and gaps (less on narrow screens).',
  },
  {
    name: '--osr-margin',
    slot: '--_margin',
    ...same('1.5em 0'),
    summary: 'Space around the guide, like a paragraph.',
  },
];

/** The default a reader of the manifest or README sees for a token. */
export const documentedDefault = (token: Token) => token.documented ?? token.auto;

type Theme = 'auto' | 'light' | 'dark';
const declarations = (theme: Theme) =>
  TOKENS.map((token) => `${token.slot}:var(${token.name},${token[theme]})`).join(';');

/**
 * The palettes, from the table. The raised surface (the selected tab) is the theme's own
 * background, or the system canvas of the page's scheme in `auto`. `data-scheme` on the
 * guide says which scheme `auto` found in the page (see page-scheme.ts).
 * Printed, the guide is always black on white, whatever the theme or the page.
 */
export const tokenStyles = unsafeCSS(
  `:host{${declarations('auto')};--_raised:Canvas}` +
    `:host([theme='light']){${declarations('light')};--_raised:var(--_bg);color-scheme:light}` +
    `:host([theme='dark']){${declarations('dark')};--_raised:var(--_bg);color-scheme:dark}` +
    `.guide[data-scheme='light']{color-scheme:light}.guide[data-scheme='dark']{color-scheme:dark}` +
    `@media print{:host,:host([theme]){${TOKENS.map((t) => `${t.slot}:${t.light}`).join(';')};--_bg:transparent;--_raised:transparent;color-scheme:light}` +
    `.guide[data-scheme]{color-scheme:light}}`,
);
