// <oman-sim-renewal> from the built one-file module, exactly as a blog loads it.
// `?bundle=/some/other-build.js` (same origin) loads another build, to A/B a change.
const TAG = 'oman-sim-renewal';

export async function load() {
  const bundle = new URLSearchParams(location.search).get('bundle') ?? '/dist/oman-sim-renewal.js';
  if (!bundle.startsWith('/') || bundle.startsWith('//'))
    throw new Error(`bundle must be a same-origin path: ${bundle}`);
  await import(bundle);
  await customElements.whenDefined(TAG);
}

export function create({ operator }) {
  const element = document.createElement(TAG);
  if (operator) element.setAttribute('operator', operator);
  return element;
}

export const ready = (element) => element.updateComplete;

export function check(element) {
  const shown = element.shadowRoot?.querySelector('[role="tabpanel"]:not([hidden])');
  if (!shown || shown.querySelectorAll('li').length < 3)
    throw new Error(`${TAG}: the first panel has no text`);
}
