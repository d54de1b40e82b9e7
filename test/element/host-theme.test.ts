// At home in the host page: the article's text size and colour, a paragraph's margins, the
// theme's accent, the page's colour scheme (not the OS alone) — and unmistakable selected
// states in forced colours.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { emulateMediaOrSkip, resetMedia } from '../support/helpers.js';
import { Guide, textOf } from '../support/guide.js';
import { waitFor } from '../support/wait.js';

const guideBox = (guide: Guide) => guide.byPart('base')[0];

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
  const guide = await Guide.render(
    html`<article style="font-size: 18px; ${page}">
      <p>Before the guide.</p>
      <oman-sim-renewal operator="ooredoo" language="en" ${attributes}></oman-sim-renewal>
      <p id="next" style="margin: 0">After the guide.</p>
    </article>`,
  );
  return { article: guide.element.parentElement!, guide };
}

describe('at home in the host page', () => {
  afterEach(resetMedia);

  it("takes the article's text size and colour", async () => {
    const { guide } = await inArticle('color: rgb(40, 20, 10)');
    const step = guide.panel('online').querySelector('li')!;
    expect(getComputedStyle(step).fontSize).to.equal('18px');
    expect(getComputedStyle(step).color).to.equal('rgb(40, 20, 10)');
    expect(getComputedStyle(guideBox(guide)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('keeps a paragraph-like space before the next paragraph, even where the theme puts none', async () => {
    const { guide, article } = await inArticle('');
    const gap =
      article.querySelector('#next')!.getBoundingClientRect().top -
      guide.element.getBoundingClientRect().bottom;
    expect(gap).to.be.at.least(18);
  });

  it('keeps its width inside a centred flex column (a theme layout that shrinks its children)', async () => {
    const { element } = await Guide.render(
      html`<div style="display: flex; flex-direction: column; align-items: center; width: 360px">
        <oman-sim-renewal language="en"></oman-sim-renewal>
      </div>`,
    );
    expect(element.getBoundingClientRect().width).to.equal(360);
  });

  it("takes the page theme's accent for its main button (Bootstrap's link colour here)", async () => {
    const { guide } = await inArticle('--bs-link-color: rgb(13, 110, 253)');
    const button = guide.byPart('button-link')[0];
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(13, 110, 253)');
    expect(painted(getComputedStyle(button).color)).to.equal('rgb(255, 255, 255)');
  });

  it('theme="auto" on a light page stays light when the OS prefers dark', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    const { guide } = await inArticle('color: #111; background: #fff');
    expect(getComputedStyle(guideBox(guide)).colorScheme).to.equal('light');
    expect(getComputedStyle(guideBox(guide)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    guide.element.tab = 'tips';
    await guide.update();
    expect(getComputedStyle(guide.expiryInput).colorScheme).to.equal('light');
  });

  it('theme="auto" on a dark page (light text) takes the dark scheme for its details', async () => {
    const { guide } = await inArticle('color: #e6edf3; background: #0d1117');
    expect(getComputedStyle(guideBox(guide)).colorScheme).to.equal('dark');
  });

  it('theme="auto" moved from a light article into a dark sidebar takes the dark scheme there', async () => {
    const { guide, article } = await inArticle('color: #1f2328; background: #ffffff');
    expect(getComputedStyle(guideBox(guide)).colorScheme).to.equal('light');
    // The guide reads the page again a frame after it first paints: let that pass first.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    const sidebar = document.createElement('aside');
    sidebar.style.cssText = 'color: #e6edf3; background: #0d1117';
    article.after(sidebar);
    sidebar.append(guide.element);
    await waitFor(() => getComputedStyle(guideBox(guide)).colorScheme === 'dark', 'dark in the sidebar');
    sidebar.remove();
  });

  it('theme="auto" follows the OS on a page that switches with it', async function () {
    const { guide } = await inArticle('color: CanvasText; background: Canvas; color-scheme: light dark');
    expect(getComputedStyle(guideBox(guide)).colorScheme).to.equal('light');
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    await waitFor(() => getComputedStyle(guideBox(guide)).colorScheme === 'dark', 'the guide turns dark');
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
    const { guide } = await inArticle('');
    const highlight = systemColor('Highlight');
    expect(getComputedStyle(guide.selectedTab).backgroundColor).to.equal(highlight);
    expect(getComputedStyle(guide.selectedTab).color).to.equal(systemColor('HighlightText'));
    for (const tab of guide.tabs.filter((tab) => tab !== guide.selectedTab)) {
      expect(getComputedStyle(tab).backgroundColor).to.not.equal(highlight);
    }
  });

  it('fills the chosen operator with Highlight, folded or pressed', async function () {
    await forcedColorsOrSkip(this);
    const guide = await Guide.render({ language: 'en' });
    guide.chooserOptions[1].click();
    await guide.update();
    const highlight = systemColor('Highlight');
    expect(getComputedStyle(guide.chooserOptions[0]).backgroundColor, 'folded').to.equal(highlight);
    guide.buttons.find((button) => textOf(button) === 'Change')!.click();
    await guide.update();
    const chips = guide.chooserOptions;
    expect(getComputedStyle(chips[1]).backgroundColor, 'pressed').to.equal(highlight);
    expect(getComputedStyle(chips[0]).backgroundColor).to.not.equal(highlight);
  });
});
