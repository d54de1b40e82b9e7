/**
 * Which colour scheme the page around the guide is in, for `theme="auto"`. The guide has
 * no background of its own there and takes the page's text colour, so what matters is
 * that colour: light text means a dark page. This follows the page, not the reader's OS
 * setting alone — a light blog read on a phone in dark mode keeps its light look — and
 * still follows the OS on pages that switch with it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Scheme = 'light' | 'dark';

/**
 * Whether a computed text colour is light — `undefined` if it cannot tell. Browsers give
 * `rgb()` for most colours, but keep `color(srgb …)`, `oklch()`, `lab()` … as authored.
 * rgb: WCAG luminance above 0.3 (lighter than #969696: such text sits on a dark page);
 * the Lab family: lightness above 60 %.
 */
export function isLightColor(color: string): boolean | undefined {
  const [, space = '', args = ''] = color.match(/^(\w+)\((.*)\)$/) ?? [];
  const numbers = args.match(/[\d.]+%?/g) ?? [];
  if (/^(ok)?l(ab|ch)$/.test(space) && numbers[0]) {
    const lightness = parseFloat(numbers[0]);
    const scale = numbers[0].endsWith('%') || !space.startsWith('ok') ? 100 : 1;
    return lightness / scale > 0.6;
  }
  const isSrgb = /^rgba?$/.test(space) || args.startsWith('srgb ');
  if (!isSrgb || numbers.length < 3) return undefined;
  const [r, g, b] = numbers.slice(0, 3).map((n) => {
    const c = parseFloat(n) / (space === 'color' ? 1 : 255);
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.3;
}

/** The scheme of the page around `element`: light text means a dark page. */
export function pageSchemeOf(element: Element): Scheme {
  return isLightColor(getComputedStyle(element).color) ? 'dark' : 'light';
}

export class PageSchemeController implements ReactiveController {
  /** The page's scheme, read when the element connects and when the OS scheme changes. */
  scheme: Scheme = 'light';

  /**
   * The OS-scheme query of the element's own window (none in a window-less document):
   * a listener on another window's query would keep a guide in a removed iframe alive.
   */
  private osDark?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  private read = () => {
    const scheme = pageSchemeOf(this.host);
    if (scheme === this.scheme) return;
    this.scheme = scheme;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.read();
    this.osDark = this.host.ownerDocument.defaultView?.matchMedia('(prefers-color-scheme: dark)');
    this.osDark?.addEventListener('change', this.read);
  }

  hostDisconnected(): void {
    this.osDark?.removeEventListener('change', this.read);
    this.osDark = undefined;
  }
}
