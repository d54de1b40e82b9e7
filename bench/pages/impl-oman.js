// (a) <oman-sim-renewal> from the built bundle, exactly as a blog loads it.
// The page is <html lang="en">, so instances render the English generic guide.
// `?bundle=/path/to/other-build.js` (same origin) loads another build instead, to A/B a
// candidate change against dist/ in one tachometer run.
const TAG = 'oman-sim-renewal';
const bundle = new URLSearchParams(location.search).get('bundle') ?? '/dist/oman-sim-renewal.js';

export async function load() {
  if (!bundle.startsWith('/') || bundle.startsWith('//'))
    throw new Error(`bundle must be a same-origin path: ${bundle}`);
  await import(bundle);
  await customElements.whenDefined(TAG);
}

export const create = () => document.createElement(TAG);

export const ready = (element) => element.updateComplete;

export async function select(element, tab) {
  element.tab = tab;
  await element.updateComplete;
}

export const shownTab = (element) =>
  element.shadowRoot.querySelector('[role="tabpanel"]:not([hidden])')?.id.replace('panel-', '');

export function check(element) {
  const panels = element.shadowRoot?.querySelectorAll('[role="tabpanel"]') ?? [];
  if (panels.length !== 4) throw new Error(`${TAG}: ${panels.length} panels rendered`);
  // Hidden panels are built when first shown, so only the visible one has its text yet.
  const shown = element.shadowRoot.querySelector('[role="tabpanel"]:not([hidden])');
  if (!shown || shown.querySelectorAll('li').length < 4) throw new Error(`${TAG}: text missing`);
}
