// The build rewrites the element's templates (config/minify-template-literals.mjs drops white
// space it judges the browser would drop too) and its translations' keys
// (config/short-message-ids.mjs). A reader must not see the difference: the built file,
// in a frame of its own, shows the very text the sources show here, space for space
// (innerText is the text as laid out), in each bundled language, for every operator and
// situation, with every panel, the lapsed box and the sources list open. Blank lines are not
// compared: WebKit's innerText counts a paragraph's blank line by the white space beside it.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { OmanSimRenewal } from '../../src/index.js';
import { waitFor } from '../support/wait.js';

const LANGUAGES = ['en', 'ar', 'zh-Hans'];
const OPERATORS = ['', 'omantel', 'ooredoo', 'vodafone', 'friendi', 'redbull'];
const SITUATIONS = ['home', 'abroad'];
const TABS = ['online', 'store', 'phone', 'tips'] as const;

/** Every view's text, keyed by language, operator, situation and tab. */
async function textsIn(view: Window & typeof globalThis): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const language of LANGUAGES) {
    for (const operator of OPERATORS) {
      for (const situation of SITUATIONS) {
        const guide = view.document.createElement('oman-sim-renewal') as OmanSimRenewal;
        if (operator) guide.setAttribute('operator', operator);
        guide.setAttribute('language', language);
        guide.setAttribute('situation', situation);
        view.document.body.append(guide);
        await guide.updateComplete;
        const root = guide.shadowRoot!;
        (root.querySelector('.lapsed-toggle') as HTMLElement).click();
        const sources = root.querySelector('details');
        if (sources) sources.open = true;
        await waitFor(() => !sources || root.querySelector('.sources li'));
        for (const tab of TABS) {
          guide.tab = tab;
          await guide.updateComplete;
          const text = (root.querySelector('.guide') as HTMLElement).innerText;
          texts[`${language} ${operator || 'generic'} ${situation} ${tab}`] = text.replace(/\n+/g, '\n');
        }
        guide.remove();
      }
    }
  }
  return texts;
}

describe('the built file shows the text the sources show', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 360px; height: 800px; border: 0';
    document.body.append(frame);
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = '/dist/oman-sim-renewal.js';
    frame.contentDocument!.head.append(script);
    await waitFor(() => frame.contentWindow!.customElements.get('oman-sim-renewal'), 'dist loaded');
  });

  after(() => frame.remove());

  it('in English, Arabic and Chinese, for every operator, situation and panel', async () => {
    const fromSources = await textsIn(window);
    const built = await textsIn(frame.contentWindow as Window & typeof globalThis);
    expect(Object.keys(built)).to.have.length(LANGUAGES.length * OPERATORS.length * SITUATIONS.length * 4);
    for (const [view, text] of Object.entries(fromSources)) expect(built[view], view).to.equal(text);
  });
});
