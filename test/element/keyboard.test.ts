import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focusedTab, render, selectedTab, tabs, visiblePanel } from '../support/helpers.js';

async function focusSelectedTab(el: HTMLElement) {
  selectedTab(el).focus();
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

async function press(el: HTMLElement & { updateComplete: Promise<unknown> }, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('keyboard (APG tabs, automatic activation)', () => {
  it('ArrowRight selects and focuses the next tab and shows its panel, wrapping at the end', async () => {
    const el = await render();
    await focusSelectedTab(el);
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await press(el, 'ArrowRight');
      seen.push(el.tab);
      expect(focusedTab(el)).to.equal(selectedTab(el));
      expect(visiblePanel(el).id).to.equal(`panel-${el.tab}`);
      expect(
        tabs(el)
          .map((tab) => tab.tabIndex)
          .filter((index) => index === 0).length,
      ).to.equal(1);
    }
    expect(seen).to.deep.equal(['store', 'phone', 'tips', 'online']);
  });

  it('ArrowLeft goes back and wraps from the first to the last tab', async () => {
    const el = await render();
    await focusSelectedTab(el);
    await press(el, 'ArrowLeft');
    expect(el.tab).to.equal('tips');
    await press(el, 'ArrowLeft');
    expect(el.tab).to.equal('phone');
    expect(focusedTab(el)!.id).to.equal('tab-phone');
  });

  it('Home and End jump to the first and last tab', async () => {
    const el = await render(html`<oman-sim-renewal tab="store"></oman-sim-renewal>`);
    await focusSelectedTab(el);
    await press(el, 'End');
    expect(el.tab).to.equal('tips');
    expect(focusedTab(el)!.id).to.equal('tab-tips');
    await press(el, 'Home');
    expect(el.tab).to.equal('online');
    expect(focusedTab(el)!.id).to.equal('tab-online');
  });

  it('ArrowUp and ArrowDown do nothing to the tabs', async () => {
    const el = await render(html`<oman-sim-renewal tab="phone"></oman-sim-renewal>`);
    await focusSelectedTab(el);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowUp');
    expect(el.tab).to.equal('phone');
    expect(focusedTab(el)!.id).to.equal('tab-phone');
  });

  it('Tab moves from the selected tab into its panel, not to the other tabs', async () => {
    const el = await render(html`<oman-sim-renewal tab="store"></oman-sim-renewal>`);
    await focusSelectedTab(el);
    await press(el, 'Tab');
    expect(focusedTab(el)!.id).to.equal('panel-store');
  });

  it('mirrors the arrows in an Arabic guide (language from an ancestor)', async () => {
    const wrapper = await render(html`<div lang="ar"><oman-sim-renewal></oman-sim-renewal></div>` as never);
    const el = wrapper.querySelector('oman-sim-renewal')!;
    await focusSelectedTab(el);
    await press(el, 'ArrowLeft');
    expect(el.tab).to.equal('store');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(el.tab).to.equal('tips');
  });

  it('mirrors the arrows when the page sets dir="rtl" on the element', async () => {
    const el = await render(html`<oman-sim-renewal dir="rtl" language="en"></oman-sim-renewal>`);
    await focusSelectedTab(el);
    await press(el, 'ArrowLeft');
    expect(el.tab).to.equal('store');
  });

  it('keeps an English guide left-to-right (and its arrows unmirrored) on a right-to-left page', async () => {
    const wrapper = await render(
      html`<div dir="rtl"><oman-sim-renewal language="en"></oman-sim-renewal></div>` as never,
    );
    const el = wrapper.querySelector('oman-sim-renewal')!;
    await focusSelectedTab(el);
    await press(el, 'ArrowRight');
    expect(el.tab).to.equal('store');
  });

  it('a click selects the tab and shows its panel', async () => {
    const el = await render();
    tabs(el)[2].click();
    await el.updateComplete;
    expect(el.tab).to.equal('phone');
    expect(visiblePanel(el).id).to.equal('panel-phone');
  });
});
