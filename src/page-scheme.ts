/**
 * Which colour scheme the page around the guide is in, for `theme="auto"`. The guide has
 * no background of its own there and takes the page's text colour, so what matters is
 * that colour: light text means a dark page. This follows the page, not the reader's OS
 * setting alone — a light blog read on a phone in dark mode keeps its light look — and
 * still follows the OS on pages that switch with it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Scheme = 'light' | 'dark';

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour; `undefined` if unreadable. */
export function luminanceOf(color: string): number | undefined {
  const channels = color
    .match(/[\d.]+/g)
    ?.slice(0, 3)
    .map(Number);
  if (!channels || channels.length < 3) return undefined;
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The scheme of the page's text around `element`: light text (luminance above ½) is a dark page. */
export function pageSchemeOf(element: Element): Scheme {
  const luminance = luminanceOf(getComputedStyle(element).color);
  return luminance !== undefined && luminance > 0.5 ? 'dark' : 'light';
}

// One query for every instance: listeners must come off the same object they went on.
let osDarkQuery: MediaQueryList | undefined;
const osDark = () => (osDarkQuery ??= window.matchMedia('(prefers-color-scheme: dark)'));

export class PageSchemeController implements ReactiveController {
  /** The page's scheme, read when the element connects and when the OS scheme changes. */
  scheme: Scheme = 'light';

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
    osDark().addEventListener('change', this.read);
  }

  hostDisconnected(): void {
    osDark().removeEventListener('change', this.read);
  }
}
