// The published package, from the tarball `npm pack` makes (scripts/pack-for-test.mjs runs
// before the tests): both entries load in the browser and the metadata points at real files.
import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';

const PACKAGE = '/.pack/package';

async function packageJson() {
  const response = await fetch(`${PACKAGE}/package.json`);
  expect(response.ok, 'run npm test (it packs first)').to.equal(true);
  return response.json();
}

async function exists(path: string) {
  return (await fetch(`${PACKAGE}/${path.replace(/^\.\//, '')}`)).ok;
}

describe('the npm package', () => {
  it('declares its entries, and every one of them is in the tarball', async () => {
    const pkg = await packageJson();
    expect(pkg.name).to.equal('oman-sim-renewal');
    expect(pkg.type).to.equal('module');
    const paths = [
      pkg.main,
      pkg.types,
      pkg.customElements,
      pkg.jsdelivr,
      pkg.unpkg,
      pkg.exports['.'].default,
      pkg.exports['.'].types,
      pkg['web-types'],
      ...Object.values(pkg.exports).flatMap((target) =>
        typeof target === 'string' ? [target] : Object.values(target as Record<string, string>),
      ),
      ...pkg.sideEffects,
    ];
    for (const path of paths) expect(await exists(path), path).to.equal(true);
    expect(pkg.jsdelivr).to.equal('dist/oman-sim-renewal.js');
    expect(await exists('src/index.ts'), 'sources are not published').to.equal(false);
    expect(await exists('test/built/dist.test.ts'), 'tests are not published').to.equal(false);
  });

  it('ships no source maps (they would point at sources that are not published)', async () => {
    for (const path of ['dist/oman-sim-renewal.js.map', 'lib/index.js.map', 'lib/index.d.ts.map']) {
      expect(await exists(path), path).to.equal(false);
    }
    const entry = await (await fetch(`${PACKAGE}/lib/oman-sim-renewal.js`)).text();
    expect(entry).to.not.contain('sourceMappingURL');
  });

  it('the bundler entry (unbundled modules importing lit) defines a working element', async () => {
    const pkg = await packageJson();
    const entry: string = `${PACKAGE}/${pkg.exports['.'].default.replace(/^\.\//, '')}`;
    const module = await import(/* @vite-ignore */ entry);
    expect(module.OmanSimRenewal).to.be.a('function');
    expect(module.VERSION).to.equal(pkg.version);
    const el = await fixture(html`<oman-sim-renewal operator="friendi" tab="phone"></oman-sim-renewal>`);
    await waitFor(
      () => el.shadowRoot?.querySelector('a[href="tel:+96898400000"]'),
      'renders the FRiENDi hotline',
    );
  });

  it('the CDN entry from the tarball loads as one module', async () => {
    const pkg = await packageJson();
    const source = await (
      await fetch(`${PACKAGE}/${pkg.exports['./cdn'].default.replace(/^\.\//, '')}`)
    ).text();
    expect(source).to.not.match(/(^|[;}\s])import\s*[\w{*"'`]/);
    expect(source).to.contain('oman-sim-renewal');
  });

  it('custom-elements.json describes the element', async () => {
    const pkg = await packageJson();
    const manifest = await (await fetch(`${PACKAGE}/${pkg.customElements}`)).json();
    const element = manifest.modules
      .flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === 'oman-sim-renewal');
    expect(element.attributes.map((a: { name: string }) => a.name)).to.include.members([
      'operator',
      'language',
      'tab',
    ]);
    expect(element.events.map((e: { name: string }) => e.name)).to.have.members([
      'tab-change',
      'situation-change',
      'operator-change',
    ]);
    expect(element.slots.map((s: { name: string }) => s.name)).to.deep.equal(['note']);
    // Tools open these paths: one style, the shipped modules, never the unpublished sources.
    const paths = new Set<string>();
    JSON.stringify(manifest, (key, value) => {
      if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
      return value;
    });
    for (const path of paths) {
      expect(path, path).to.match(/^lib\/.*\.js$/);
      expect(await exists(path), path).to.equal(true);
    }
  });

  it("the editor data offers each attribute's real values, and no internal state", async () => {
    const pkg = await packageJson();
    const vscode = await (await fetch(`${PACKAGE}/${pkg.exports['./vscode.html-custom-data.json']}`)).json();
    const tag = vscode.tags.find((t: { name: string }) => t.name === 'oman-sim-renewal');
    const values = Object.fromEntries(
      tag.attributes.map((a: { name: string; values?: { name: string }[] }) => [
        a.name,
        (a.values ?? []).map((v) => v.name),
      ]),
    );
    const { OPERATOR_IDS } = await import(/* @vite-ignore */ `${PACKAGE}/lib/operators/schema.js`);
    const { TAB_IDS } = await import(/* @vite-ignore */ `${PACKAGE}/lib/tabs/tabs.js`);
    const { SITUATIONS } = await import(/* @vite-ignore */ `${PACKAGE}/lib/choosers/situation-toggle.js`);
    const { SUPPORTED_LOCALES } = await import(/* @vite-ignore */ `${PACKAGE}/lib/i18n/localization.js`);
    expect(values).to.deep.equal({
      operator: [...OPERATOR_IDS],
      language: [...SUPPORTED_LOCALES],
      theme: ['auto', 'light', 'dark'],
      tab: [...TAB_IDS],
      situation: [...SITUATIONS],
    });
  });
});
