// Printed, the guide is a light two-column checklist on at most two A4 pages: every panel,
// the sources with their dates, web addresses but no tel: noise and no on-screen controls —
// whatever the theme says.
import { expect, fixture, html } from '@open-wc/testing';
import type { OmanSimRenewal } from '../../src/index.js';
import { emulateMediaOrSkip, resetMedia } from '../support/helpers.js';
import { Guide } from '../support/guide.js';

/** Resolves when the page is next idle (soon, where there is no requestIdleCallback). */
const idle = () =>
  new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(resolve, { timeout: 3000 })
      : setTimeout(resolve, 400),
  );

describe('print', () => {
  afterEach(resetMedia);

  async function printed(context: Mocha.Context) {
    const guide = await Guide.render({ operator: 'ooredoo', language: 'en', theme: 'dark' });
    window.dispatchEvent(new Event('beforeprint'));
    await guide.update();
    await emulateMediaOrSkip(context, { media: 'print' });
    return guide;
  }

  it('holds all four panels, in the light palette', async function () {
    const guide = await printed(this);
    for (const panel of guide.panels) {
      expect(getComputedStyle(panel).display, panel.id).to.not.equal('none');
      expect(panel.getBoundingClientRect().height, panel.id).to.be.greaterThan(0);
    }
    const box = getComputedStyle(guide.byPart('base')[0]);
    expect(box.color).to.equal('rgb(31, 35, 40)');
    expect(box.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(box.colorScheme).to.equal('light');
  });

  it('prints the sources with their check dates, though the disclosure is closed', async function () {
    const sources = (await printed(this)).byPart('sources')[0] as HTMLDetailsElement;
    expect(sources.open).to.equal(false);
    const dates = [...sources.querySelectorAll('time')];
    expect(dates.length).to.be.greaterThan(0);
    for (const date of dates)
      expect(date.getBoundingClientRect().height, date.textContent!).to.be.greaterThan(0);
  });

  it('adds web addresses after links, isolated, but nothing after phone links', async function () {
    const guide = await printed(this);
    const href = (link: Element) => link.getAttribute('href') ?? '';
    const link = guide.links.find((a) => href(a).startsWith('https:'))!;
    const web = getComputedStyle(link, '::after');
    expect(web.content).to.equal(`"(${href(link)})"`);
    expect(web.unicodeBidi).to.equal('isolate');
    for (const tel of guide.links.filter((a) => href(a).startsWith('tel:'))) {
      expect(getComputedStyle(tel, '::after').content).to.equal('none');
    }
    expect(guide.text()).to.not.contain('tap to call');
  });

  it('fits on two A4 pages in every language, with no on-screen controls', async function () {
    // A4 less Chromium's default margins (0.4 in), in CSS pixels: 718 × 1047 per page.
    const [pageWidth, pageHeight] = [718, 1047];
    const heights: Record<string, number> = {};
    for (const language of ['en', 'zh-Hans', 'ar', 'zh-Hant', 'ur', 'hi', 'bn', 'ml']) {
      await resetMedia();
      const guide = await Guide.render(
        html`<div style="inline-size: ${pageWidth}px; font-size: 16px">
          <oman-sim-renewal operator="ooredoo" language=${language} situation="abroad"></oman-sim-renewal>
        </div>`,
      );
      window.dispatchEvent(new Event('beforeprint'));
      await guide.update();
      await emulateMediaOrSkip(this, { media: 'print' });
      await document.fonts.ready;
      const height = guide.byPart('base')[0].getBoundingClientRect().height;
      heights[language] = Math.round(height);
      for (const part of ['situation', 'lapsed-toggle', 'share-button', 'tablist'])
        for (const node of guide.byPart(part))
          expect(getComputedStyle(node).display, `${language} ${part}`).to.equal('none');
      for (const dial of guide.panel('phone').querySelectorAll('.dial'))
        expect(getComputedStyle(dial).display, `${language} Dial`).to.equal('none');
    }
    for (const [language, height] of Object.entries(heights))
      expect(height, `${language} (${JSON.stringify(heights)})`).to.be.at.most(2 * pageHeight);
  });

  it("a page's own Print button (window.print()) prints every panel of three guides, with no error", async function () {
    // Only Chromium's headless print returns (and pauses the page, as a reader's browser does):
    // headless Firefox and WebKit would open a print dialog that nobody closes.
    if (!navigator.userAgent.includes('Chrome/')) this.skip();
    const root = await fixture<HTMLElement>(
      html`<div>
        <oman-sim-renewal operator="omantel"></oman-sim-renewal>
        <oman-sim-renewal operator="ooredoo" situation="abroad"></oman-sim-renewal>
        <oman-sim-renewal operator="friendi" language="ar"></oman-sim-renewal>
      </div>`,
    );
    const guides = [...root.querySelectorAll('oman-sim-renewal')] as OmanSimRenewal[];
    await Promise.all(guides.map((guide) => guide.updateComplete));
    // A reader reads before pressing Print: the page has been idle since the guides appeared.
    for (let i = 0; i < 2; i++) await idle();
    const built = () =>
      guides.map((guide) =>
        [...guide.shadowRoot!.querySelectorAll('[role="tabpanel"]')].map(
          (panel) => panel.childElementCount > 0,
        ),
      );
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    let during: boolean[][] | undefined;
    window.addEventListener('beforeprint', () => (during = built()), { once: true });
    window.print();
    await idle();
    window.removeEventListener('error', onError);
    expect(during, 'beforeprint fired').to.not.equal(undefined);
    const all = guides.map(() => [true, true, true, true]);
    expect(during, 'while printing').to.deep.equal(all);
    expect(built(), 'afterwards').to.deep.equal(all);
    expect(errors).to.deep.equal([]);
  });
});
