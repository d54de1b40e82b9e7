// The shipped file, as a blogger embeds it: built by `npm run build` before the tests run.
// It imports nothing from src/ but plain constants (the language lists), so only the built
// module defines the element here.
import { expect, fixture, html } from '@open-wc/testing';
import { sha384 } from '../support/frames.js';
import { captureWarnings } from '../support/warnings.js';
import { CORE_LOCALES, OTHER_LOCALES, SCRIPT_OF } from '../support/locales.js';
import { waitFor } from '../support/wait.js';

const DIST_PATH = '/dist/oman-sim-renewal.js';

/** Adds `<script type="module">` for `src` and resolves when it has run, or rejects. */
function loadModuleScript(src: string, attributes: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`failed to load ${src}`));
    document.head.append(script);
  });
}

/** Collects uncaught errors on the page while `run` executes. */
async function pageErrors(run: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  window.addEventListener('error', onError);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
  }
  return errors;
}

describe('the built file dist/oman-sim-renewal.js', () => {
  let source = '';
  let bytes: ArrayBuffer;

  before(async () => {
    const response = await fetch(DIST_PATH);
    expect(response.ok, 'run `npm run build` first').to.equal(true);
    bytes = await response.arrayBuffer();
    source = new TextDecoder().decode(bytes);
  });

  it('is one self-contained module: no static or dynamic import, nothing resolved against import.meta', () => {
    expect(source).to.not.match(/(^|[;}\s])import\s*[\w{*"'`]/);
    expect(source).to.not.match(/\bimport\s*\(/);
    expect(source).to.not.match(/import\.meta/);
    expect(source).to.not.match(/\bexport\s*\*\s*from\b|\bexport\s*\{[^}]*\}\s*from\b/);
  });

  it("starts with Chromium's compile hint, so its functions compile off the main thread", () => {
    // Without it, a reader's phone compiles most of the file lazily during the first render
    // (bench/README.md, long tasks). The hint only counts as the file's very first line.
    expect(source.split('\n')[0]).to.equal('//# allFunctionsCalledOnLoad');
  });

  it("is minified and carries Lit's production build (no dev-mode warnings)", () => {
    expect(source).to.not.contain('Lit is in dev mode');
    expect(source).to.not.match(/\/\*\*|^\s*\/\/ /m);
    // Module-level function names are mangled by the minifier.
    for (const name of ['inheritedLangs', 'resolveLocale', 'nextTabIndex', 'officialUrl']) {
      expect(source, name).to.not.contain(name);
    }
    // The maps are not published: a reference would send devtools to a missing file.
    expect(source).to.not.contain('sourceMappingURL');
  });

  it('loads from another origin with an integrity hash (as from a CDN) and renders', async () => {
    const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const url = `${location.protocol}//${otherHost}:${location.port}${DIST_PATH}`;
    const integrity = await sha384(bytes);
    const errors = await pageErrors(() => loadModuleScript(url, { crossorigin: 'anonymous', integrity }));
    expect(errors).to.deep.equal([]);
    expect(customElements.get('oman-sim-renewal')).to.be.a('function');

    const el = await fixture(html`<oman-sim-renewal tab="store"></oman-sim-renewal>`);
    await waitFor(() => el.shadowRoot?.querySelectorAll('[role="tab"]').length === 4, 'renders four tabs');
    expect(el.shadowRoot!.querySelector('[aria-selected="true"]')!.id).to.equal('tab-store');
    expect(el.shadowRoot!.querySelector('#panel-store')!.textContent).to.contain('passport');
  });

  for (const locale of CORE_LOCALES) {
    it(`renders its ${locale} catalog (translations survive minification)`, async () => {
      const el = await fixture(
        html`<oman-sim-renewal language=${locale} operator="ooredoo"></oman-sim-renewal>`,
      );
      await waitFor(() => el.shadowRoot?.querySelector('.hint'));
      // Plain messages, messages with values (str) and messages with markup (html).
      for (const selector of ['#tab-online', '#panel-online li', '.title', '.hint', '.caution']) {
        expect(el.shadowRoot!.querySelector(selector)!.textContent, selector).to.match(SCRIPT_OF[locale]);
      }
    });
  }

  it('carries only English and CORE_LOCALES: other languages fall back to English', async () => {
    for (const locale of OTHER_LOCALES) {
      const el = await fixture(html`<oman-sim-renewal language=${locale}></oman-sim-renewal>`);
      await waitFor(() => el.shadowRoot?.querySelector('#tab-online'));
      expect(el.shadowRoot!.querySelector('#tab-online')!.textContent!.trim(), locale).to.equal('Online');
    }
    // Scripts no core language uses (Han and Arabic text are in the file for zh-Hans and ar).
    const coreScripts = CORE_LOCALES.map((locale) => SCRIPT_OF[locale].source);
    for (const locale of OTHER_LOCALES.filter((other) => !coreScripts.includes(SCRIPT_OF[other].source))) {
      expect(source, locale).to.not.match(SCRIPT_OF[locale]);
    }
  });

  it('a wrong integrity hash blocks it (the CDN test above is a real check)', async () => {
    const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const url = `${location.protocol}//${otherHost}:${location.port}${DIST_PATH}?tampered`;
    const wrong = `sha384-${btoa('x'.repeat(48))}`;
    let failed = false;
    await loadModuleScript(url, { crossorigin: 'anonymous', integrity: wrong }).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });

  it('included again under other URLs (as @0 and @0.1.0 would be) it neither throws nor warns', async () => {
    const first = customElements.get('oman-sim-renewal');
    const warnings = await captureWarnings(async () => {
      const errors = await pageErrors(async () => {
        await loadModuleScript(`${DIST_PATH}?second-copy`);
        await loadModuleScript(`${DIST_PATH}?third-copy`);
      });
      expect(errors).to.deep.equal([]);
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('oman-sim-renewal')).to.equal(first);
    const el = await fixture(html`<oman-sim-renewal></oman-sim-renewal>`);
    await waitFor(() => el.shadowRoot?.querySelectorAll('[role="tabpanel"]').length === 4);
  });

  it('a different version loaded second warns once, keeps the first, and still works', async () => {
    const version = (await (await fetch('/package.json')).json()).version as string;
    const literal = new RegExp(`([\`"'])${version.replace(/\./g, '\\.')}\\1`, 'g');
    expect(source.match(literal), 'the version is in the build').to.not.equal(null);
    const other = source.replace(literal, '"9.9.9"').replace(/\/\/# sourceMappingURL=.*$/m, '');
    const url = URL.createObjectURL(new Blob([other], { type: 'text/javascript' }));
    const warnings = await captureWarnings(() => import(/* @vite-ignore */ url)).finally(() =>
      URL.revokeObjectURL(url),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('9.9.9').and.contain(version);
    const el = await fixture(html`<oman-sim-renewal tab="tips"></oman-sim-renewal>`);
    await waitFor(() => el.shadowRoot?.querySelector('[aria-selected="true"]')?.id === 'tab-tips');
  });
});
