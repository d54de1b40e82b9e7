import { expect, html } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { emulateMediaOrSkip, resetMedia } from '../support/helpers.js';
import { Guide, isoInDays } from '../support/guide.js';

describe('accessibility (axe)', () => {
  for (const tab of ['online', 'store', 'phone', 'tips'] as const) {
    it(`has no axe violations with the ${tab} tab selected`, async () => {
      const { element } = await Guide.render({ tab });
      await expectAccessible(element);
    });
  }

  it('has no axe violations in the new states: chosen operator, dial and call buttons, reminder top-up', async () => {
    const generic = await Guide.render({ language: 'en' });
    await expect(generic.element, 'placeholder').to.be.accessible();
    generic.chooserOptions[1].click();
    generic.element.tab = 'phone';
    await generic.update();
    await expect(generic.element, 'chosen operator, phone tab').to.be.accessible();
    const tips = await Guide.render({ operator: 'ooredoo', tab: 'tips' });
    await tips.enterExpiry(isoInDays(0));
    await expect(tips.element, 'reminder: top up now').to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations with theme="${theme}" and an operator`, async () => {
      const { element } = await Guide.render({ theme, operator: 'ooredoo', tab: 'phone' });
      await expect(element).to.be.accessible();
    });
  }

  it('has no axe violations in dark mode', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    try {
      const { element } = await Guide.render({ tab: 'store' });
      await expectAccessible(element);
    } finally {
      await resetMedia();
    }
  });
});

describe('theme and motion', () => {
  afterEach(resetMedia);

  const guideBackground = (guide: Guide) => getComputedStyle(guide.byPart('base')[0]).backgroundColor;

  it('theme="auto" has no background of its own, whatever the OS prefers', async function () {
    const guide = await Guide.render();
    expect(guideBackground(guide)).to.equal('rgba(0, 0, 0, 0)');
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    expect(guideBackground(guide)).to.equal('rgba(0, 0, 0, 0)');
  });

  it('theme="dark" forces the dark scheme and theme="light" the light one', async function () {
    const dark = await Guide.render({ theme: 'dark' });
    expect(guideBackground(dark)).to.equal('rgb(22, 25, 29)');
    expect(getComputedStyle(dark.byPart('base')[0]).colorScheme).to.equal('dark');
    await expectAccessible(dark.element);
    const light = await Guide.render({ theme: 'light' });
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    expect(guideBackground(light)).to.equal('rgb(255, 255, 255)');
  });

  it('custom properties restyle it from the page', async () => {
    const guide = await Guide.render({ style: '--osr-background: rgb(1, 2, 3); --osr-radius: 0px' });
    const base = guide.byPart('base')[0];
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(base).borderTopLeftRadius).to.equal('0px');
  });

  it('inherits the page font family', async () => {
    const guide = await Guide.render(
      html`<div style="font-family: Georgia, serif"><oman-sim-renewal></oman-sim-renewal></div>`,
    );
    expect(getComputedStyle(guide.tabs[0]).fontFamily).to.equal('Georgia, serif');
  });

  it('stops transitions under prefers-reduced-motion', async function () {
    const [tab] = (await Guide.render()).tabs;
    expect(getComputedStyle(tab).transitionDuration).to.not.match(/^0s(, 0s)*$/);
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    expect(getComputedStyle(tab).transitionDuration).to.match(/^0s(, 0s)*$/);
  });
});
