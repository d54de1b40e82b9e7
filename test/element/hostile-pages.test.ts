// Ordinary pages doing ordinary things the guide must survive: moving it into an Arabic
// section, parking it in a parsed document, a broken clock, layout rules that happen to use
// the same private property names, invisible marks from Arabic editors, a DOM morph that
// removes attributes, an old browser without relative-time formatting. Each failed before.
import { expect, html } from '@open-wc/testing';
import { captureWarnings } from '../support/helpers.js';
import { Guide, textOf } from '../support/guide.js';

describe('a guide on a hostile page', () => {
  it('moved into an Arabic section, it re-renders in Arabic, right to left', async () => {
    const guide = await Guide.render(
      html`<div>
        <section id="en"><oman-sim-renewal operator="ooredoo"></oman-sim-renewal></section>
        <section id="ar" lang="ar" dir="rtl"></section>
      </div>`,
    );
    const arabic = guide.element.closest('div')!.querySelector('#ar')!;
    arabic.append(guide.element);
    await guide.update();
    const base = guide.byPart('base')[0];
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(guide.tabs[0].textContent!.trim()).to.not.equal('Online');
  });

  it('moved through a parsed (window-less) document and back, it keeps its styles', async () => {
    const guide = await Guide.render({ operator: 'ooredoo' });
    const parent = guide.element.parentElement!;
    const parsed = new DOMParser().parseFromString('<body></body>', 'text/html');
    parsed.body.append(guide.element);
    parent.append(guide.element);
    await guide.update();
    const hidden = guide.element.shadowRoot!.querySelector('.visually-hidden')!;
    expect(hidden.getBoundingClientRect().width, '"(opens in a new tab)" stays hidden').to.be.at.most(1);
    const printOnly = guide.element.shadowRoot!.querySelector('.print-only')!;
    expect(getComputedStyle(printOnly).display).to.equal('none');
  });

  it('a page clock that returns NaN leaves the guide whole (no age, no exception)', async () => {
    const realNow = Date.now;
    Date.now = () => NaN;
    try {
      const guide = await Guide.render({ operator: 'ooredoo', tab: 'phone' });
      expect(guide.byPart('base')[0].getBoundingClientRect().height).to.be.greaterThan(100);
      expect(textOf(guide.byPart('sources')[0])).to.contain('Sources');
      expect(guide.element.shadowRoot!.querySelectorAll('.stale')).to.have.length(0);
    } finally {
      Date.now = realNow;
    }
  });

  it("a page's own --_* properties on the host cannot recolour or unpad the guide", async () => {
    const guide = await Guide.render(
      html`<div class="card" style="color: rgb(20, 20, 20)">
        <style>
          .card > * { --_fg: rgb(255, 255, 255); --_bg: rgb(255, 255, 255); --_space: 0; }
        </style>
        <oman-sim-renewal operator="ooredoo"></oman-sim-renewal>
      </div>`,
    );
    const step = guide.panel('online').querySelector('li')!;
    expect(getComputedStyle(step).color).to.equal('rgb(20, 20, 20)');
    expect(parseFloat(getComputedStyle(guide.byPart('base')[0]).paddingTop)).to.be.greaterThan(0);
  });

  it('invisible direction marks from an Arabic editor still name the operator and the tab', async () => {
    const warnings = await captureWarnings(async () => {
      const guide = await Guide.render({ operator: '\u200eooredoo', tab: 'phone\u200c' });
      expect(guide.element.operatorFacts?.id).to.equal('ooredoo');
      expect(guide.element.tab).to.equal('phone');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('a bad value that only looks right is quoted with its invisible marks', async () => {
    const warnings = await captureWarnings(async () => {
      await Guide.render({ operator: 'ooredoo\u200b-x' });
    });
    expect(warnings.join('\n')).to.contain('\\u200B');
  });

  it('removing tab and situation (a DOM morph) resets them without a warning', async () => {
    const guide = await Guide.render({ operator: 'ooredoo', tab: 'phone', situation: 'abroad' });
    const warnings = await captureWarnings(async () => {
      guide.element.removeAttribute('tab');
      guide.element.removeAttribute('situation');
      await guide.update();
    });
    expect(guide.element.tab).to.equal('online');
    expect(guide.element.situation).to.equal('home');
    expect(warnings).to.deep.equal([]);
  });

  it('without Intl.RelativeTimeFormat, an old fact still says "ago" in its own words', async () => {
    const realFormat = Intl.RelativeTimeFormat;
    const realNow = Date.now;
    Object.defineProperty(Intl, 'RelativeTimeFormat', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    Date.now = () => new Date(2028, 1, 1).getTime();
    try {
      const guide = await Guide.render({ operator: 'ooredoo', tab: 'phone' });
      const notes = [...guide.element.shadowRoot!.querySelectorAll('.stale')].map(textOf);
      expect(notes.length).to.be.greaterThan(0);
      for (const note of notes) expect(note).to.equal('Page read more than a year ago — may have changed');
    } finally {
      Object.defineProperty(Intl, 'RelativeTimeFormat', {
        value: realFormat,
        configurable: true,
        writable: true,
      });
      Date.now = realNow;
    }
  });
});
