// At home in the host page: the article's text size and colour, a paragraph's margins, the
// theme's accent, the page's colour scheme (not the OS alone) — and unmistakable selected
// states in forced colours.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  emulateMediaOrSkip,
  resetMedia,
  selectedTab,
  tabs,
  type OmanSimRenewal,
} from '../support/helpers.js';
import { waitFor } from '../support/wait.js';

const guideOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.guide')!;

/** Any CSS colour as the rgb() a canvas paints it with. */
function painted(color: string) {
  const context = document.createElement('canvas').getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

/** A blog article: 18 px text in a given colour on a given background, the guide between paragraphs. */
async function inArticle(page: string, attributes = html``) {
  const article = await fixture<HTMLElement>(
    html`<article style="font-size: 18px; ${page}">
      <p>Before the guide.</p>
      <oman-sim-renewal operator="ooredoo" language="en" ${attributes}></oman-sim-renewal>
      <p id="next" style="margin: 0">After the guide.</p>
    </article>`,
  );
  const el = article.querySelector<OmanSimRenewal>('oman-sim-renewal')!;
  await el.updateComplete;
  return { article, el };
}

describe('at home in the host page', () => {
  afterEach(resetMedia);

  it("takes the article's text size and colour", async () => {
    const { el } = await inArticle('color: rgb(40, 20, 10)');
    const step = el.shadowRoot!.querySelector('#panel-online li')!;
    expect(getComputedStyle(step).fontSize).to.equal('18px');
    expect(getComputedStyle(step).color).to.equal('rgb(40, 20, 10)');
    expect(getComputedStyle(guideOf(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('keeps a paragraph-like space before the next paragraph, even where the theme puts none', async () => {
    const { el, article } = await inArticle('');
    const gap =
      article.querySelector('#next')!.getBoundingClientRect().top - el.getBoundingClientRect().bottom;
    expect(gap).to.be.at.least(18);
  });

  it('keeps its width inside a centred flex column (a theme layout that shrinks its children)', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="display: flex; flex-direction: column; align-items: center; width: 360px">
        <oman-sim-renewal language="en"></oman-sim-renewal>
      </div>`,
    );
    const el = wrapper.querySelector<OmanSimRenewal>('oman-sim-renewal')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(360);
  });

  it("takes the page theme's accent for its main button (Bootstrap's link colour here)", async () => {
    const { el } = await inArticle('--bs-link-color: rgb(13, 110, 253)');
    const button = el.shadowRoot!.querySelector('.button-link')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(13, 110, 253)');
    expect(painted(getComputedStyle(button).color)).to.equal('rgb(255, 255, 255)');
  });

  it('theme="auto" on a light page stays light when the OS prefers dark', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    const { el } = await inArticle('color: #111; background: #fff');
    expect(getComputedStyle(guideOf(el)).colorScheme).to.equal('light');
    expect(getComputedStyle(guideOf(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const dateInput = el.shadowRoot!.querySelector('input[type="date"]');
    el.tab = 'tips';
    await el.updateComplete;
    const input = dateInput ?? el.shadowRoot!.querySelector('input[type="date"]')!;
    expect(getComputedStyle(input).colorScheme).to.equal('light');
  });

  it('theme="auto" on a dark page (light text) takes the dark scheme for its details', async () => {
    const { el } = await inArticle('color: #e6edf3; background: #0d1117');
    expect(getComputedStyle(guideOf(el)).colorScheme).to.equal('dark');
  });

  it('theme="auto" follows the OS on a page that switches with it', async function () {
    const { el } = await inArticle('color: CanvasText; background: Canvas; color-scheme: light dark');
    expect(getComputedStyle(guideOf(el)).colorScheme).to.equal('light');
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    await waitFor(() => getComputedStyle(guideOf(el)).colorScheme === 'dark', 'the guide turns dark');
  });
});

describe('forced colours (Windows High Contrast)', () => {
  async function forcedColorsOrSkip(context: Mocha.Context) {
    try {
      await executeServerCommand('forced-colors', { active: true });
    } catch (error) {
      if (/not supported/i.test(String(error))) context.skip();
      throw error;
    }
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
  }
  afterEach(() => executeServerCommand('forced-colors', { active: false }).catch(() => undefined));

  /** The system colour a keyword resolves to on this page. */
  function systemColor(keyword: string) {
    const probe = document.createElement('div');
    probe.style.cssText = `forced-color-adjust: none; background: ${keyword}`;
    document.body.append(probe);
    const color = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return color;
  }

  it('fills the selected tab with Highlight; the others stay plain', async function () {
    await forcedColorsOrSkip(this);
    const { el } = await inArticle('');
    const highlight = systemColor('Highlight');
    expect(getComputedStyle(selectedTab(el)).backgroundColor).to.equal(highlight);
    expect(getComputedStyle(selectedTab(el)).color).to.equal(systemColor('HighlightText'));
    for (const tab of tabs(el).filter((tab) => tab !== selectedTab(el))) {
      expect(getComputedStyle(tab).backgroundColor).to.not.equal(highlight);
    }
  });

  it('fills the chosen operator with Highlight, folded or pressed', async function () {
    await forcedColorsOrSkip(this);
    const el = await fixture<OmanSimRenewal>(html`<oman-sim-renewal language="en"></oman-sim-renewal>`);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip')[1].click();
    await el.updateComplete;
    const highlight = systemColor('Highlight');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.chosen')!).backgroundColor, 'folded').to.equal(
      highlight,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('.change')!.click();
    await el.updateComplete;
    const chips = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip')];
    expect(getComputedStyle(chips[1]).backgroundColor, 'pressed').to.equal(highlight);
    expect(getComputedStyle(chips[0]).backgroundColor).to.not.equal(highlight);
  });
});
