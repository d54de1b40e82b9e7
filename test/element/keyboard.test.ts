import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Guide } from '../support/guide.js';

/** Renders a guide and puts the focus on its selected tab, as a reader tabbing in would. */
async function focusedGuide(source?: Parameters<typeof Guide.render>[0]) {
  const guide = await Guide.render(source);
  guide.selectedTab.focus();
  await guide.update();
  return guide;
}

async function press(guide: Guide, key: string) {
  await sendKeys({ press: key });
  await guide.update();
}

describe('keyboard (APG tabs, automatic activation)', () => {
  it('ArrowRight selects and focuses the next tab and shows its panel, wrapping at the end', async () => {
    const guide = await focusedGuide();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await press(guide, 'ArrowRight');
      seen.push(guide.element.tab);
      expect(guide.focused).to.equal(guide.selectedTab);
      expect(guide.visiblePanel.id).to.equal(`panel-${guide.element.tab}`);
      expect(guide.tabs.map((tab) => tab.tabIndex).filter((index) => index === 0).length).to.equal(1);
    }
    expect(seen).to.deep.equal(['store', 'phone', 'tips', 'online']);
  });

  it('ArrowLeft goes back and wraps from the first to the last tab', async () => {
    const guide = await focusedGuide();
    await press(guide, 'ArrowLeft');
    expect(guide.element.tab).to.equal('tips');
    await press(guide, 'ArrowLeft');
    expect(guide.element.tab).to.equal('phone');
    expect(guide.focused!.id).to.equal('tab-phone');
  });

  it('Home and End jump to the first and last tab', async () => {
    const guide = await focusedGuide({ tab: 'store' });
    await press(guide, 'End');
    expect(guide.element.tab).to.equal('tips');
    expect(guide.focused!.id).to.equal('tab-tips');
    await press(guide, 'Home');
    expect(guide.element.tab).to.equal('online');
    expect(guide.focused!.id).to.equal('tab-online');
  });

  it('ArrowUp and ArrowDown do nothing to the tabs', async () => {
    const guide = await focusedGuide({ tab: 'phone' });
    await press(guide, 'ArrowDown');
    await press(guide, 'ArrowUp');
    expect(guide.element.tab).to.equal('phone');
    expect(guide.focused!.id).to.equal('tab-phone');
  });

  it('Tab moves from the selected tab into its panel, not to the other tabs', async () => {
    const guide = await focusedGuide({ tab: 'store' });
    await press(guide, 'Tab');
    expect(guide.focused!.id).to.equal('panel-store');
  });

  it('mirrors the arrows in an Arabic guide (language from an ancestor)', async () => {
    const guide = await focusedGuide(html`<div lang="ar"><oman-sim-renewal></oman-sim-renewal></div>`);
    await press(guide, 'ArrowLeft');
    expect(guide.element.tab).to.equal('store');
    await press(guide, 'ArrowRight');
    await press(guide, 'ArrowRight');
    expect(guide.element.tab).to.equal('tips');
  });

  it('mirrors the arrows when the page sets dir="rtl" on the element', async () => {
    const guide = await focusedGuide({ dir: 'rtl', language: 'en' });
    await press(guide, 'ArrowLeft');
    expect(guide.element.tab).to.equal('store');
  });

  it('keeps an English guide left-to-right (and its arrows unmirrored) on a right-to-left page', async () => {
    const guide = await focusedGuide(
      html`<div dir="rtl"><oman-sim-renewal language="en"></oman-sim-renewal></div>`,
    );
    await press(guide, 'ArrowRight');
    expect(guide.element.tab).to.equal('store');
  });

  it('a click selects the tab and shows its panel', async () => {
    const guide = await Guide.render();
    await guide.open('phone');
    expect(guide.element.tab).to.equal('phone');
    expect(guide.visiblePanel.id).to.equal('panel-phone');
  });
});
