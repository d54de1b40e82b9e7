// Printed, the guide is a light one-page-per-tab checklist: every panel, the sources with
// their check dates, web addresses but no tel: noise — whatever the theme says.
import { expect, html } from '@open-wc/testing';
import { emulateMediaOrSkip, panels, render, resetMedia } from '../support/helpers.js';

describe('print', () => {
  afterEach(resetMedia);

  async function printed(context: Mocha.Context) {
    const el = await render(
      html`<oman-sim-renewal operator="ooredoo" language="en" theme="dark"></oman-sim-renewal>`,
    );
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await emulateMediaOrSkip(context, { media: 'print' });
    return el;
  }

  it('holds all four panels, in the light palette', async function () {
    const el = await printed(this);
    for (const panel of panels(el)) {
      expect(getComputedStyle(panel).display, panel.id).to.not.equal('none');
      expect(panel.getBoundingClientRect().height, panel.id).to.be.greaterThan(0);
    }
    const guide = el.shadowRoot!.querySelector('.guide')!;
    expect(getComputedStyle(guide).color).to.equal('rgb(31, 35, 40)');
    expect(getComputedStyle(guide).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(guide).colorScheme).to.equal('light');
  });

  it('prints the sources with their check dates, though the disclosure is closed', async function () {
    const el = await printed(this);
    const sources = el.shadowRoot!.querySelector<HTMLDetailsElement>('.sources')!;
    expect(sources.open).to.equal(false);
    const dates = [...sources.querySelectorAll('time')];
    expect(dates.length).to.be.greaterThan(0);
    for (const date of dates)
      expect(date.getBoundingClientRect().height, date.textContent!).to.be.greaterThan(0);
  });

  it('adds web addresses after links, isolated, but nothing after phone links', async function () {
    const el = await printed(this);
    const link = el.shadowRoot!.querySelector('a[href^="https:"]')!;
    const web = getComputedStyle(link, '::after');
    expect(web.content).to.equal(`"(${link.getAttribute('href')})"`);
    expect(web.unicodeBidi).to.equal('isolate');
    for (const tel of el.shadowRoot!.querySelectorAll('a[href^="tel:"]')) {
      expect(getComputedStyle(tel, '::after').content).to.equal('none');
    }
    expect(el.shadowRoot!.textContent).to.not.contain('tap to call');
  });
});
