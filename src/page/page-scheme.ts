/**
 * How the page around the guide looks, for `theme="auto"`: its colour scheme and whether the
 * accent the guide borrows from it can be read there. The guide has no background of its own
 * in `auto` and takes the page's text colour, so what decides the scheme is that colour:
 * light text means a dark page. This follows the page, not the reader's OS setting alone — a
 * light blog read on a phone in dark mode keeps its light look — and follows the OS on pages
 * that switch with it. A borrowed accent (Pico's, Bootstrap's, a WordPress palette's) is
 * measured against the background it lands on, and against the caution tint the
 * "Unconfirmed" badges sit on: below WCAG AA (4.5:1) the guide darkens it on a light page or
 * lightens it on a dark one (tokens.ts). The surfaces themselves never depend on this guess:
 * the raised tab is derived from the live text colour in CSS.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { contrast, over, paintOf, type Paint } from './colors.js';

export type Scheme = 'light' | 'dark';

/** How the borrowed accent must change to be read: not at all, darker, or lighter. */
export type AccentFix = 'none' | 'darken' | 'lighten';

/** WCAG AA for text; links and button labels are text. */
const MIN_CONTRAST = 4.5;
/** The guide's caution tint in `auto` (tokens.ts), which badges with links sit on. */
const CAUTION_TINT: Paint = { luminance: 0.42, alpha: 0.18 };

/** Whether a computed text colour is light — `undefined` if it cannot tell. */
export function isLightColor(color: string): boolean | undefined {
  const paint = paintOf(color);
  return paint ? paint.luminance > 0.3 : undefined;
}

/** The scheme of the page around `element`: light text means a dark page. */
export function pageSchemeOf(element: Element): Scheme {
  return isLightColor(getComputedStyle(element).color) ? 'dark' : 'light';
}

/** The next element outward, across shadow roots. */
const outward = (element: Element): Element | null =>
  element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);

/**
 * The luminance behind `element`: its ancestors' backgrounds composited over the page's
 * canvas (white, or near-black on a dark page). Background images are not seen.
 */
export function backgroundBehind(element: Element, scheme: Scheme): number {
  const layers: Paint[] = [];
  for (let node: Element | null = element; node; node = outward(node)) {
    const paint = paintOf(getComputedStyle(node).backgroundColor);
    if (!paint || paint.alpha === 0) continue;
    layers.push(paint);
    if (paint.alpha >= 1) break;
  }
  const canvas = scheme === 'dark' ? 0.006 : 1;
  return layers.reduceRight((below, layer) => over(layer, below), canvas);
}

/** How an accent must change to read on a background (and on the caution tint over it). */
export function accentFix(accent: Paint, background: number): AccentFix {
  const tint = over(CAUTION_TINT, background);
  const readable = Math.min(contrast(accent.luminance, background), contrast(accent.luminance, tint));
  if (readable >= MIN_CONTRAST) return 'none';
  return background < 0.18 ? 'lighten' : 'darken';
}

/**
 * Guides connected but not yet read. They are read together, just before the first of them
 * renders: one style computation for a whole page of guides. Read one by one as each
 * connected, every guide forced its own, after the shadow root the one before had just
 * attached (~0.5 ms each, half a warm guide's cost).
 */
const unread = new Set<PageSchemeController>();

export class PageSchemeController implements ReactiveController {
  /** The page's scheme. */
  scheme: Scheme = 'light';

  /** What the accent (borrowed, or the theme's over a changed background) needs to be read. */
  accent: AccentFix = 'none';

  /**
   * The OS-scheme query of the element's own window (none in a window-less document):
   * a listener on another window's query would keep a guide in a removed iframe alive.
   */
  private osDark?: MediaQueryList;

  private view?: Window | null;

  /** Whether a `load` listener waits for the page's late stylesheets. */
  private waitsForLoad = false;

  /**
   * The `theme` the page was last read under after a paint (undefined: not yet): another
   * theme means another accent to measure.
   */
  private readTheme?: string | null;

  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean },
  ) {
    host.addController(this);
  }

  /**
   * Reads the page: the scheme from the rendered guide's text colour (which includes
   * `--osr-color`), else the host's; the accent against what lies behind the guide.
   */
  read = () => {
    const guide = this.host.renderRoot.querySelector?.('.guide') ?? null;
    const scheme = pageSchemeOf(guide ?? this.host);
    const accent = guide ? this.measureAccent(guide, scheme) : 'none';
    if (scheme === this.scheme && accent === this.accent) return;
    this.scheme = scheme;
    this.accent = accent;
    this.host.requestUpdate();
  };

  /** The accent against what lies behind it; an accent the page set for us is left alone. */
  private measureAccent(guide: Element, scheme: Scheme): AccentFix {
    const style = getComputedStyle(this.host);
    if (style.getPropertyValue('--osr-accent-color').trim()) return 'none';
    // The accent before any fix, as the guide exposes it for this (tokens.ts).
    const accent = paintOf(getComputedStyle(guide).columnRuleColor);
    return accent ? accentFix(accent, backgroundBehind(guide, scheme)) : 'none';
  }

  hostConnected(): void {
    // A guide moved elsewhere on the page reads its new surroundings at once.
    if (this.host.hasUpdated) this.read();
    else unread.add(this);
    this.view = this.host.ownerDocument.defaultView;
    this.osDark = this.view?.matchMedia('(prefers-color-scheme: dark)');
    this.osDark?.addEventListener('change', this.read);
    // A stylesheet that loads late (media="print" onload…) can turn the page dark.
    this.waitsForLoad = this.host.ownerDocument.readyState !== 'complete' && !!this.view;
    if (this.waitsForLoad) this.view?.addEventListener('load', this.read);
  }

  /** Before an update: this guide, and every other guide still unread, read the page now. */
  hostUpdate(): void {
    if (!unread.has(this)) return;
    for (const controller of unread) controller.read();
    unread.clear();
  }

  /** After the first paint, read again from the rendered guide: a task later, off the first frame. */
  hostUpdated(): void {
    const theme = this.host.getAttribute('theme');
    if (theme === this.readTheme || !this.view) return;
    this.readTheme = theme;
    this.view.requestAnimationFrame(() => this.view?.setTimeout(this.read));
  }

  hostDisconnected(): void {
    unread.delete(this);
    this.osDark?.removeEventListener('change', this.read);
    if (this.waitsForLoad) this.view?.removeEventListener('load', this.read);
    this.waitsForLoad = false;
    this.osDark = undefined;
    this.view = undefined;
    this.readTheme = undefined;
  }
}
