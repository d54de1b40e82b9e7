// The demo configurator, used as a blogger would: choose options, take the snippet, paste
// it into a plain page — and the guide appears as configured.
import { expect } from '@open-wc/testing';
import { openFrame, sha384Of } from '../support/frames.js';
import { waitFor } from '../support/wait.js';
import { CORE_LOCALES, OTHER_LOCALES } from '../support/locales.js';

const openIframe = (setup: (frame: HTMLIFrameElement) => void) =>
  openFrame(setup, 'width: 900px; height: 900px');

describe('demo configurator', () => {
  it('makes a pinned snippet with a correct integrity hash that works pasted into a plain page', async function () {
    const configurator = await openIframe((frame) => (frame.src = '/demo/configurator.html'));
    const doc = configurator.contentDocument!;
    const choose = (name: string, value: string) => {
      const select = doc.querySelector(`select[name="${name}"]`) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    await waitFor(() => doc.getElementById('snippet')?.textContent, 'snippet rendered');
    choose('operator', 'ooredoo');
    choose('language', 'zh-Hans');
    choose('theme', 'dark');
    choose('tab', 'phone');
    await waitFor(
      () => doc.getElementById('snippet')!.textContent!.includes('tab="phone"'),
      'snippet updated',
    );
    const snippet = doc.getElementById('snippet')!.textContent!;
    const pkg = await (await fetch('/package.json')).json();

    expect(snippet).to.contain(`oman-sim-renewal@${pkg.version}/dist/oman-sim-renewal.js`);
    expect(snippet).to.contain(`integrity="${await sha384Of('/dist/oman-sim-renewal.js')}"`);
    expect(snippet).to.contain('crossorigin="anonymous"');
    expect(snippet).to.contain(
      '<oman-sim-renewal operator="ooredoo" language="zh-Hans" theme="dark" tab="phone">',
    );
    expect(snippet).to.contain('href="https://www.ooredoo.om/"');
    // By default the snippet carries the guide's own text, in its language, for readers
    // without JavaScript (feeds, newsletters, search engines): steps, hotlines and code.
    for (const words of ['在运营商官网或官方App上充值', '*222*123#', 'href="tel:1500"', '<h4>电话</h4>'])
      expect(snippet, words).to.contain(words);
    expect(snippet).to.not.contain('<button');
    const preview = doc.getElementById('preview')!;
    expect(preview.getAttribute('theme')).to.equal('dark');
    configurator.remove();

    // Paste it into a plain page; the CDN URL becomes this server's copy of the same file
    // (same bytes, so the same integrity hash), served cross-origin like a CDN.
    const cdnUrl = /src="([^"]+)"/.exec(snippet)![1];
    const local = `${location.protocol}//127.0.0.1:${location.port}/dist/oman-sim-renewal.js`;
    const page = `<!doctype html><html><body>${snippet.replace(cdnUrl, local)}</body></html>`;
    const blog = await openIframe((frame) => (frame.srcdoc = page));
    const guide = blog.contentDocument!.querySelector('oman-sim-renewal')!;
    await waitFor(() => guide.shadowRoot?.querySelector('[role="tab"]'), 'the pasted snippet renders');
    expect(guide.shadowRoot!.querySelector('[aria-selected="true"]')!.id).to.equal('tab-phone');
    expect(guide.shadowRoot!.querySelector('.guide')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(guide.shadowRoot!.querySelector('a[href="tel:1500"]')).to.not.equal(null);
    blog.remove();
  });

  it('the last choice wins, whatever order the integrity fetches finish in (the Firefox CI timeout)', async () => {
    const configurator = await openIframe((frame) => (frame.src = '/demo/configurator.html'));
    const win = configurator.contentWindow as Window & typeof globalThis;
    const doc = configurator.contentDocument!;
    await waitFor(() => doc.getElementById('snippet')?.textContent, 'snippet rendered');
    // Hold the next fetch until the choices after it are on screen, then let it finish.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held: Promise<unknown> | undefined;
    const realFetch = win.fetch.bind(win);
    win.fetch = (...args: Parameters<typeof fetch>) => {
      const response = held ? realFetch(...args) : gate.then(() => realFetch(...args));
      held ??= response;
      return response;
    };
    const choose = (name: string, value: string) => {
      const select = doc.querySelector(`select[name="${name}"]`) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose('language', 'ml'); // the all-languages file, not hashed yet: its fetch is held
    choose('language', 'en'); // the reader changes their mind: the default file, hashed already
    const allLanguages = doc.querySelector('input[name="allLanguages"]') as HTMLInputElement;
    allLanguages.checked = false;
    allLanguages.dispatchEvent(new Event('change', { bubbles: true }));
    choose('tab', 'phone');
    await waitFor(
      () => doc.getElementById('snippet')!.textContent!.includes('tab="phone"'),
      'latest choice shown',
    );
    release();
    await held;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const snippet = doc.getElementById('snippet')!.textContent!;
    expect(snippet).to.contain('tab="phone"').and.contain('language="en"').and.not.contain('all-languages');
    configurator.remove();
  });

  it('names the file that carries each language: the default file or, with its own hash, the all-languages one', async function () {
    this.timeout(120_000); // one snippet per language, each hashed
    const configurator = await openIframe((frame) => (frame.src = '/demo/configurator.html'));
    const doc = configurator.contentDocument!;
    await waitFor(() => doc.getElementById('snippet')?.textContent);
    const select = doc.querySelector('select[name="language"]') as HTMLSelectElement;
    // The configurator writes its own list of the default file's languages: it must agree.
    for (const language of [...CORE_LOCALES, ...OTHER_LOCALES]) {
      select.value = language;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => doc.getElementById('snippet')!.textContent!.includes(`language="${language}"`));
      const file = (OTHER_LOCALES as readonly string[]).includes(language)
        ? '/dist/oman-sim-renewal.all-languages.js'
        : '/dist/oman-sim-renewal.js';
      await waitFor(
        () => doc.getElementById('snippet')!.textContent!.includes(`${file}"`),
        `${language}: ${file}`,
      );
      expect(doc.getElementById('snippet')!.textContent).to.contain(`integrity="${await sha384Of(file)}"`);
      // Back to the default file's options, so the next language starts from the box unticked.
      (doc.querySelector('input[name="allLanguages"]') as HTMLInputElement).checked = false;
    }
    configurator.remove();
  });

  it('offers the version range without an integrity hash', async () => {
    const configurator = await openIframe((frame) => (frame.src = '/demo/configurator.html'));
    const doc = configurator.contentDocument!;
    await waitFor(() => doc.getElementById('snippet')?.textContent);
    const range = doc.querySelector('input[name="pin"][value="range"]') as HTMLInputElement;
    range.checked = true;
    range.dispatchEvent(new Event('change'));
    await waitFor(() => !doc.getElementById('snippet')!.textContent!.includes('integrity'));
    // Semver ranges on a CDN: for 0.x, a new minor may break, so "compatible" is 0.minor.
    const [major, minor] = (await (await fetch('/package.json')).json()).version.split('.');
    const compatible = major === '0' ? `${major}.${minor}` : major;
    expect(doc.getElementById('snippet')!.textContent).to.contain(`oman-sim-renewal@${compatible}/dist/`);
    configurator.remove();
  });
});
