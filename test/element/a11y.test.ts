import { expect, html } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { emulateMediaOrSkip, render, resetMedia } from '../support/helpers.js';

describe('accessibility (axe)', () => {
  for (const tab of ['online', 'store', 'phone', 'tips'] as const) {
    it(`has no axe violations with the ${tab} tab selected`, async () => {
      const el = await render(html`<oman-sim-renewal tab=${tab}></oman-sim-renewal>`);
      await expectAccessible(el);
    });
  }

  it('has no axe violations in the new states: chosen operator, dial and call buttons, reminder top-up', async () => {
    const generic = await render(html`<oman-sim-renewal language="en"></oman-sim-renewal>`);
    await expect(generic, 'placeholder').to.be.accessible();
    generic.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip')[1].click();
    generic.tab = 'phone';
    await generic.updateComplete;
    await expect(generic, 'chosen operator, phone tab').to.be.accessible();
    const tips = await render(html`<oman-sim-renewal operator="ooredoo" tab="tips"></oman-sim-renewal>`);
    const input = tips.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
    const today = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    input.value = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
    input.dispatchEvent(new Event('input'));
    await tips.updateComplete;
    await expect(tips, 'reminder: top up now').to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations with theme="${theme}" and an operator`, async () => {
      const el = await render(
        html`<oman-sim-renewal theme=${theme} operator="ooredoo" tab="phone"></oman-sim-renewal>`,
      );
      await expect(el).to.be.accessible();
    });
  }

  it('has no axe violations in dark mode', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    try {
      const el = await render(html`<oman-sim-renewal tab="store"></oman-sim-renewal>`);
      await expectAccessible(el);
    } finally {
      await resetMedia();
    }
  });
});

describe('theme and motion', () => {
  afterEach(resetMedia);

  const guideBackground = (el: Element) =>
    getComputedStyle(el.shadowRoot!.querySelector('.guide')!).backgroundColor;

  it('theme="auto" has no background of its own, whatever the OS prefers', async function () {
    const el = await render();
    expect(guideBackground(el)).to.equal('rgba(0, 0, 0, 0)');
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    expect(guideBackground(el)).to.equal('rgba(0, 0, 0, 0)');
  });

  it('theme="dark" forces the dark scheme and theme="light" the light one', async function () {
    const dark = await render(html`<oman-sim-renewal theme="dark"></oman-sim-renewal>`);
    expect(guideBackground(dark)).to.equal('rgb(22, 25, 29)');
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    await expectAccessible(dark);
    const light = await render(html`<oman-sim-renewal theme="light"></oman-sim-renewal>`);
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    expect(guideBackground(light)).to.equal('rgb(255, 255, 255)');
  });

  it('custom properties restyle it from the page', async () => {
    const el = await render(
      html`<oman-sim-renewal style="--osr-background: rgb(1, 2, 3); --osr-radius: 0px"></oman-sim-renewal>`,
    );
    const guide = el.shadowRoot!.querySelector('.guide')!;
    expect(getComputedStyle(guide).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(guide).borderTopLeftRadius).to.equal('0px');
  });

  it('inherits the page font family', async () => {
    const el = await render(
      html`<div style="font-family: Georgia, serif"><oman-sim-renewal></oman-sim-renewal></div>` as never,
    );
    const tab = el.querySelector('oman-sim-renewal')!.shadowRoot!.querySelector('[role="tab"]')!;
    expect(getComputedStyle(tab).fontFamily).to.equal('Georgia, serif');
  });

  it('stops transitions under prefers-reduced-motion', async function () {
    const el = await render();
    const tab = el.shadowRoot!.querySelector('[role="tab"]')!;
    expect(getComputedStyle(tab).transitionDuration).to.not.match(/^0s(, 0s)*$/);
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    expect(getComputedStyle(tab).transitionDuration).to.match(/^0s(, 0s)*$/);
  });
});
