// An app that localizes itself with @lit/localize can use the npm entry: the package's
// modules carry their own copy, so configuring twice does not throw, and each guide keeps
// its own language. Loads the packed tarball (npm test packs first).
import { configureLocalization } from '@lit/localize';
import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';

const PACKAGE = '/.pack/package';

describe('an app that configures @lit/localize itself', () => {
  it('imports the npm entry without a clash, and the guide still renders in its own language', async () => {
    configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
      loadLocale: async () => ({ templates: {} }),
    });
    const pkg = await (await fetch(`${PACKAGE}/package.json`)).json();
    const entry = `${PACKAGE}/${pkg.exports['.'].default.replace(/^\.\//, '')}`;
    await import(/* @vite-ignore */ entry);

    const el = await fixture(html`<oman-sim-renewal language="ar" operator="friendi"></oman-sim-renewal>`);
    await waitFor(() => el.shadowRoot?.querySelector('[role="tab"]'), 'renders');
    expect(el.shadowRoot!.querySelector('#tab-online')!.textContent).to.match(/\p{Script=Arabic}/u);
  });
});
