// A blog's HTML is parsed before the CDN script runs: attributes and properties set on the
// not-yet-defined element must be honoured by the built file once it loads.
import { expect } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';

describe('the built file upgrades elements that were on the page first', () => {
  it('honours attributes and properties set before the script loaded', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<oman-sim-renewal id="early" operator="friendi" language="en"></oman-sim-renewal>',
    );
    const early = document.getElementById('early') as HTMLElement & { tab?: string };
    early.tab = 'phone';
    expect(customElements.get('oman-sim-renewal')).to.equal(undefined);

    const distPath: string = '/dist/oman-sim-renewal.js'; // a variable: TypeScript must not resolve it
    await import(/* @vite-ignore */ distPath);

    await waitFor(() => early.shadowRoot?.querySelector('[aria-selected="true"]'), 'renders');
    expect(early.shadowRoot!.querySelector('[aria-selected="true"]')!.id).to.equal('tab-phone');
    expect(early.getAttribute('tab')).to.equal('phone');
    expect(early.shadowRoot!.querySelector('a[href="tel:+96898400000"]')).to.not.equal(null);
    early.remove();
  });
});

describe('version', () => {
  it('src/version.ts matches package.json', async () => {
    const { VERSION } = await import('../../src/version.js');
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
