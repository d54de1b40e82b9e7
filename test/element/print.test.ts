// Printed, the guide is a light one-page-per-tab checklist: every panel, the sources with
// their check dates, web addresses but no tel: noise — whatever the theme says.
import { expect } from '@open-wc/testing';
import { emulateMediaOrSkip, resetMedia } from '../support/helpers.js';
import { Guide } from '../support/guide.js';

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
});
