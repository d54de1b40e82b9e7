import { unsafeCSS } from 'lit';

/**
 * The one table of the guide's theme tokens. Each public `--osr-*` property feeds a private
 * `--_*` one, with a default per theme:
 * - `auto` (no `theme`, or `theme="auto"`): at home in the host page — no background of its
 *   own, the page's text colour and size, borders and tints mixed from that colour, and the
 *   theme's accent where the page has one (Pico, Bootstrap, WordPress block themes);
 *   `light-dark()` picks between the light and dark values by the page's scheme;
 * - `light` and `dark` (`theme="light|dark"`): a self-contained card in a fixed palette.
 * The element's JSDoc `@cssprop` lines restate this table, with a sentence each, for the
 * manifest and README (descriptions stay out of the shipped file); a test checks that
 * their defaults and theme values agree with it.
 */
export interface Token {
  /** The public custom property. */
  name: `--osr-${string}`;
  /** The private property the styles read. */
  slot: `--_${string}`;
  auto: string;
  light: string;
  dark: string;
}

const same = (value: string) => ({ auto: value, light: value, dark: value });
const byScheme = (light: string, dark: string) => ({ auto: `light-dark(${light}, ${dark})`, light, dark });

export const PAGE_ACCENTS = ['--pico-primary', '--bs-link-color', '--wp--preset--color--primary'];

export const TOKENS: Token[] = [
  { name: '--osr-font-family', slot: '--_font', ...same('inherit') },
  { name: '--osr-font-size', slot: '--_size', ...same('1em') },
  {
    name: '--osr-background',
    slot: '--_bg',
    auto: 'transparent',
    light: '#ffffff',
    dark: '#16191d',
  },
  {
    name: '--osr-color',
    slot: '--_fg',
    auto: 'currentColor',
    light: '#1f2328',
    dark: '#e6edf3',
  },
  {
    name: '--osr-muted-color',
    slot: '--_muted',
    auto: 'color-mix(in srgb, currentColor 80%, transparent)',
    light: '#59636e',
    dark: '#9198a1',
  },
  {
    name: '--osr-accent-color',
    slot: '--_accent',
    auto: PAGE_ACCENTS.reduceRight((fallback, name) => `var(${name}, ${fallback})`, '#00736b'),
    light: '#00736b',
    dark: '#3fc1b0',
  },
  {
    name: '--osr-border-color',
    slot: '--_border',
    auto: 'color-mix(in srgb, currentColor 22%, transparent)',
    light: '#d1d9e0',
    dark: '#3d444d',
  },
  {
    name: '--osr-control-border-color',
    slot: '--_control-border',
    auto: 'color-mix(in srgb, currentColor 55%, transparent)',
    light: '#818b98',
    dark: '#768390',
  },
  {
    name: '--osr-tab-background',
    slot: '--_tab-bg',
    auto: 'color-mix(in srgb, currentColor 7%, transparent)',
    light: '#eef1f4',
    dark: '#262c36',
  },
  {
    name: '--osr-caution-background',
    slot: '--_caution-bg',
    auto: 'rgb(212 167 44 / 0.18)',
    light: '#fff8c5',
    dark: 'rgb(187 128 9 / 0.15)',
  },
  {
    name: '--osr-caution-border-color',
    slot: '--_caution-border',
    ...byScheme('#d4a72c', '#9e6a03'),
  },
  {
    name: '--osr-error-color',
    slot: '--_error',
    ...byScheme('#b42318', '#ff8a80'),
  },
  { name: '--osr-radius', slot: '--_radius', ...same('8px') },
  {
    name: '--osr-spacing',
    slot: '--_space',
    ...same('clamp(0.625rem, 3.5vw, 1rem)'),
  },
  {
    name: '--osr-margin',
    slot: '--_margin',
    ...same('1.5em 0'),
  },
];

type Theme = 'auto' | 'light' | 'dark';
const declarations = (theme: Theme) =>
  TOKENS.map((token) => `${token.slot}:var(${token.name},${token[theme]})`).join(';');

/**
 * The palettes, from the table. The raised surface (the selected tab) is white on a light
 * page and a lighter veil on a dark one, so it never looks like a hole in the track. `data-scheme` on the
 * guide says which scheme `auto` found in the page (see page-scheme.ts).
 * Printed, the guide is always black on white, whatever the theme or the page.
 */
export const tokenStyles = unsafeCSS(
  `:host{${declarations('auto')};--_raised:light-dark(#fff,rgb(255 255 255/.14))}` +
    `:host([theme='light']){${declarations('light')};color-scheme:light}` +
    `:host([theme='dark']){${declarations('dark')};color-scheme:dark}` +
    `.guide[data-scheme='light']{color-scheme:light}.guide[data-scheme='dark']{color-scheme:dark}` +
    `@media print{:host,:host([theme]){${TOKENS.map((t) => `${t.slot}:${t.light}`).join(';')};--_bg:transparent;--_raised:transparent;color-scheme:light}` +
    `.guide[data-scheme]{color-scheme:light}}`,
);
