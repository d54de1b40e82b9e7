// Adversarial review, findings 8, 22 and 23: what a page's CSS hands down to the guide
// through inheritance.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/helpers.js';
import type { OmanSimRenewal } from '../support/helpers.js';

/** Renders a phone-tab guide inside a container styled with `css`. */
async function guideInside(css: string) {
  const box = await fixture<HTMLElement>(
    html`<div style=${css}><oman-sim-renewal operator="ooredoo" tab="phone"></oman-sim-renewal></div>`,
  );
  const el = box.querySelector('oman-sim-renewal') as OmanSimRenewal;
  await el.updateComplete;
  return el;
}
const styleOf = (el: OmanSimRenewal, selector: string) =>
  getComputedStyle(el.shadowRoot!.querySelector(selector)!);

describe('inherited page styles', () => {
  it('a visibility:hidden container hides the guide (finding 8)', async () => {
    const el = await guideInside('visibility: hidden');
    expect(styleOf(el, '[role="tab"]').visibility).to.equal('hidden');
    expect(styleOf(el, '.guide').visibility).to.equal('hidden');
  });

  it('gradient-text themes (-webkit-text-fill-color: transparent) leave the text visible (finding 23)', async () => {
    const el = await guideInside('-webkit-text-fill-color: transparent');
    expect(styleOf(el, '.title').getPropertyValue('-webkit-text-fill-color')).to.not.equal(
      'rgba(0, 0, 0, 0)',
    );
  });

  it('a vertical CJK article (writing-mode: vertical-rl) keeps the guide horizontal (finding 23)', async () => {
    const el = await guideInside('writing-mode: vertical-rl');
    expect(styleOf(el, '.guide').writingMode).to.equal('horizontal-tb');
    const tabs = [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) =>
      tab.getBoundingClientRect(),
    );
    expect(tabs[1].top, 'tabs side by side').to.be.closeTo(tabs[0].top, 2);
  });

  it('copy protection (user-select: none) still lets the reader select a code by hand (finding 22)', async () => {
    const el = await guideInside('user-select: none; -webkit-user-select: none');
    const code = styleOf(el, '#panel-phone code');
    expect(code.userSelect || code.getPropertyValue('-webkit-user-select')).to.equal('text');
  });
});
