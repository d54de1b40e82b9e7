/**
 * Helpers for tests that load pages in iframes or check integrity hashes. Imports nothing
 * from src/, so the tests of the built file can use it too.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from './wait.js';

/** Adds an iframe, lets `setup` give it a `src` or `srcdoc`, and resolves once it has loaded. */
export async function openFrame(
  setup: (frame: HTMLIFrameElement) => void,
  style = 'width: 800px; height: 900px',
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = style;
  setup(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The SHA-384 of `bytes` in the form an `integrity` attribute takes. */
export async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-384', bytes);
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

export const sha384Of = async (url: string) => sha384(await (await fetch(url)).arrayBuffer());

export type PageWindow = Window & typeof globalThis & { loadErrors: string[] };

/**
 * A frame whose page first runs `setup` (a classic script: what the host page did before
 * our script), then loads the module `src`, with `body` as its content. Uncaught errors
 * go to `window.loadErrors`.
 */
export async function openModulePage(
  src: string,
  { setup = '', body = '', lang = 'en' }: { setup?: string; body?: string; lang?: string },
): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = await openFrame(
    (f) =>
      (f.srcdoc = `<!doctype html><html lang="${lang}"><body>
        <script>
          window.loadErrors = [];
          window.addEventListener('error', (e) => window.loadErrors.push(e.message));
          ${setup}
        </script>
        <script type="module" src="${src}"></script>
        ${body}
      </body></html>`),
  );
  return { frame, win: frame.contentWindow as PageWindow };
}

/** Waits for the page's module to run without errors and its first guide to render. */
export async function firstGuide(win: PageWindow): Promise<Element> {
  await waitFor(() => win.customElements.get('oman-sim-renewal') || win.loadErrors.length, 'the module ran');
  expect(win.loadErrors, 'errors while loading').to.deep.equal([]);
  const el = win.document.querySelector('oman-sim-renewal')!;
  await waitFor(() => el.shadowRoot?.querySelector('[role="tab"]'), 'the guide rendered');
  return el;
}
