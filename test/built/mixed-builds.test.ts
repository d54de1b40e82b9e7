// A page can load both one-file builds (a theme and a post) or ask the default file for a
// language only the all-languages file has. Neither may fail silently: run `npm run build` first.
import { expect } from '@open-wc/testing';
import { openFrame } from '../support/frames.js';
import { waitFor } from '../support/wait.js';

const DEFAULT_FILE = '/dist/oman-sim-renewal.js';
const ALL_LANGUAGES_FILE = '/dist/oman-sim-renewal.all-languages.js';

/** Loads `scripts` in order in a fresh page holding `body`; returns the page's warnings once every guide rendered. */
async function pageWarnings(scripts: string[], body: string) {
  const frame = await openFrame((f) => {
    f.srcdoc = `<!doctype html><html lang="en"><body>
      <script>window.warnings = []; console.warn = (...args) => warnings.push(args.join(' '));</script>
      ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}
      ${body}</body></html>`;
  });
  const win = frame.contentWindow as Window & { warnings: string[] };
  const guides = [...frame.contentDocument!.querySelectorAll('oman-sim-renewal')];
  await waitFor(() => guides.every((guide) => guide.shadowRoot?.querySelector('[role="tab"]')));
  const tabText = guides.map((guide) => guide.shadowRoot!.querySelector('#tab-online')!.textContent!.trim());
  frame.remove();
  return { warnings: win.warnings, tabText };
}

describe('mixed builds and missing languages', () => {
  it('the default file names the file that has a language it lacks, once per language', async () => {
    const { warnings } = await pageWarnings(
      [DEFAULT_FILE],
      `<oman-sim-renewal language="ur"></oman-sim-renewal>
       <oman-sim-renewal language="ur-PK"></oman-sim-renewal>
       <oman-sim-renewal language="ml"></oman-sim-renewal>
       <oman-sim-renewal language="ar"></oman-sim-renewal>`,
    );
    expect(warnings).to.deep.equal([
      '<oman-sim-renewal>: language "ur" is in oman-sim-renewal.all-languages.js; this file has en, zh-Hans, ar.',
      '<oman-sim-renewal>: language "ml" is in oman-sim-renewal.all-languages.js; this file has en, zh-Hans, ar.',
    ]);
  });

  it('the all-languages file does not warn about languages it has', async () => {
    const { warnings, tabText } = await pageWarnings(
      [ALL_LANGUAGES_FILE],
      `<oman-sim-renewal language="ur"></oman-sim-renewal>`,
    );
    expect(warnings).to.deep.equal([]);
    expect(tabText[0]).to.match(/\p{Script=Arabic}/u);
  });

  it('the default file loaded before the all-languages file: one warning, and the language one', async () => {
    const { warnings, tabText } = await pageWarnings(
      [DEFAULT_FILE, ALL_LANGUAGES_FILE],
      `<oman-sim-renewal language="hi"></oman-sim-renewal>`,
    );
    expect(tabText[0], 'the first file draws the guide').to.equal('Online');
    expect(warnings).to.have.length(2);
    expect(warnings.find((w) => w.includes('two files'))).to.equal(
      '<oman-sim-renewal>: this page loads two files; the first, with en, zh-Hans, ar, draws every guide, so zh-Hant, hi, ur, bn, ml will not show. Load only oman-sim-renewal.all-languages.js.',
    );
    expect(warnings).to.include(
      '<oman-sim-renewal>: language "hi" is in oman-sim-renewal.all-languages.js; this file has en, zh-Hans, ar.',
    );
  });

  it('the all-languages file loaded first: nothing is lost, nothing to say', async () => {
    const { warnings, tabText } = await pageWarnings(
      [ALL_LANGUAGES_FILE, DEFAULT_FILE],
      `<oman-sim-renewal language="hi"></oman-sim-renewal>`,
    );
    expect(warnings).to.deep.equal([]);
    expect(tabText[0]).to.match(/\p{Script=Devanagari}/u);
  });
});
