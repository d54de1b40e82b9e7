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
  /** Applied to the host (outside the shadow root) rather than read inside the guide. */
  onHost?: boolean;
}

const same = (value: string) => ({ auto: value, light: value, dark: value });
/**
 * In the fixed themes, the quieter colours are the text colour mixed over the background,
 * so a card whose `--osr-background` and `--osr-color` a blogger changed stays readable;
 * in `auto`, the text colour over whatever the page shows through.
 */
const textMix = (percent: number) => ({
  auto: `color-mix(in srgb, currentColor ${percent}%, transparent)`,
  light: `color-mix(in srgb, var(--_fg) ${percent}%, var(--_bg))`,
  dark: `color-mix(in srgb, var(--_fg) ${percent}%, var(--_bg))`,
});
const byScheme = (light: string, dark: string) => ({ auto: `light-dark(${light}, ${dark})`, light, dark });

const PAGE_ACCENTS = ['--pico-primary', '--bs-link-color', '--wp--preset--color--primary'];

/** The guide's own accents: teal on light pages, light teal on dark ones. */
const OWN_ACCENT = { light: '#00736b', dark: '#3fc1b0' };

/** The page theme's accent where it has one, else ours for the page's scheme. */
const PAGE_ACCENT = PAGE_ACCENTS.reduceRight(
  (fallback, name) => `var(${name}, ${fallback})`,
  `light-dark(${OWN_ACCENT.light}, ${OWN_ACCENT.dark})`,
);

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
    ...textMix(80),
  },
  {
    name: '--osr-accent-color',
    // Before any fix (page-scheme.ts measures it; the fixes start from it); read as --_accent.
    slot: '--_accent-base',
    auto: PAGE_ACCENT,
    light: OWN_ACCENT.light,
    dark: OWN_ACCENT.dark,
  },
  {
    name: '--osr-border-color',
    slot: '--_border',
    ...textMix(22),
  },
  {
    name: '--osr-control-border-color',
    slot: '--_control-border',
    ...textMix(55),
  },
  {
    name: '--osr-tab-background',
    slot: '--_tab-bg',
    ...textMix(7),
  },
  {
    name: '--osr-caution-background',
    slot: '--_caution-bg',
    auto: 'rgb(212 167 44 / 0.18)',
    light: 'color-mix(in srgb, #d4a72c 22%, var(--_bg))',
    dark: 'color-mix(in srgb, #bb8009 16%, var(--_bg))',
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
  // The one token read on the host itself: the space around the guide, in the page.
  {
    name: '--osr-margin',
    slot: '--_margin',
    ...same('1.5em 0'),
    onHost: true,
  },
];

type Theme = 'auto' | 'light' | 'dark';
const inside = TOKENS.filter((token) => !token.onHost);
const declarations = (theme: Theme) =>
  inside.map((token) => `${token.slot}:var(${token.name},${token[theme]})`).join(';');
const hostMargin = TOKENS.find((token) => token.onHost)!;

/**
 * The palettes, from the table, declared on the guide inside the shadow root, where no page
 * rule can reach them (a page's `.card > * { --_fg: … }` matches the host, not `.guide`).
 * The host keeps only the public `--osr-*` names. `data-scheme` on the guide says which
 * scheme `auto` found in the page (see page/page-scheme.ts): it picks the `light-dark()`
 * values. The raised surface (the selected tab) is derived from the live text colour in
 * CSS, not from that guess: white under dark text, a light veil under light text, so the
 * selected tab always reads, whatever the page or its late-loaded dark stylesheet does.
 * Printed, the guide is always black on white, whatever the theme or the page.
 */
export const tokenStyles = unsafeCSS(
  `:host{margin:var(${hostMargin.name},${hostMargin.auto})}` +
    // The accent as the styles read it (a theme sets only its base), and the base exposed for
    // page-scheme.ts to measure as the otherwise unused column-rule-color.
    `.guide{${declarations('auto')};--_accent:var(--_accent-base);column-rule-color:var(--_accent-base);--_raised:light-dark(#fff,rgb(255 255 255/.14))}` +
    `:host([theme='light']) .guide{${declarations('light')};color-scheme:light}` +
    `:host([theme='dark']) .guide{${declarations('dark')};color-scheme:dark}` +
    `.guide[data-scheme='light']{color-scheme:light}.guide[data-scheme='dark']{color-scheme:dark}` +
    `@supports (color:oklch(from red l c h)){.guide{--_raised:oklch(from var(--_fg) 1 0 0/clamp(.14,(.6 - l)*1000,1))}}` +
    // The accent's fix when its base reads badly on what lies behind it: ours, or, where the
    // browser can, the same hue made darker or lighter. After the themes' rules, and as
    // specific, so it applies to them too.
    `:host .guide[data-accent='darken']{--_accent:${OWN_ACCENT.light}}` +
    `:host .guide[data-accent='lighten']{--_accent:${OWN_ACCENT.dark}}` +
    `@supports (color:oklch(from red l c h)){` +
    `:host .guide[data-accent='darken']{--_accent:oklch(from var(--_accent-base) min(l,.45) c h)}` +
    `:host .guide[data-accent='lighten']{--_accent:oklch(from var(--_accent-base) max(l,.75) c h)}}` +
    `@media print{.guide,:host([theme]) .guide{${inside.map((t) => `${t.slot}:${t.light}`).join(';')};--_bg:transparent;--_raised:transparent;color-scheme:light}}`,
);
