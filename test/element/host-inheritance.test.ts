// What a page's CSS hands down to the guide
// through inheritance.
import { expect, html } from '@open-wc/testing';
import { Guide } from '../support/guide.js';

/** Renders a phone-tab guide inside a container styled with `css`. */
const guideInside = (css: string) =>
  Guide.render(
    html`<div style=${css}><oman-sim-renewal operator="ooredoo" tab="phone"></oman-sim-renewal></div>`,
  );
const styleOf = (guide: Guide, part: string) => getComputedStyle(guide.byPart(part)[0]);

describe('inherited page styles', () => {
  it('a visibility:hidden container hides the guide', async () => {
    const guide = await guideInside('visibility: hidden');
    expect(getComputedStyle(guide.tabs[0]).visibility).to.equal('hidden');
    expect(styleOf(guide, 'base').visibility).to.equal('hidden');
  });

  it('gradient-text themes (-webkit-text-fill-color: transparent) leave the text visible', async () => {
    const guide = await guideInside('-webkit-text-fill-color: transparent');
    expect(styleOf(guide, 'title').getPropertyValue('-webkit-text-fill-color')).to.not.equal(
      'rgba(0, 0, 0, 0)',
    );
  });

  it('a vertical CJK article (writing-mode: vertical-rl) keeps the guide horizontal', async () => {
    const guide = await guideInside('writing-mode: vertical-rl');
    expect(styleOf(guide, 'base').writingMode).to.equal('horizontal-tb');
    const tabs = guide.tabs.map((tab) => tab.getBoundingClientRect());
    expect(tabs[1].top, 'tabs side by side').to.be.closeTo(tabs[0].top, 2);
  });

  it('copy protection (user-select: none) still lets the reader select a code by hand', async () => {
    const guide = await guideInside('user-select: none; -webkit-user-select: none');
    const code = getComputedStyle(guide.panel('phone').querySelector('code')!);
    expect(code.userSelect || code.getPropertyValue('-webkit-user-select')).to.equal('text');
  });
});
