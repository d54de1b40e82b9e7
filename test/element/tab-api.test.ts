import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, render, selectedTab, tabs, visiblePanel } from '../support/helpers.js';

describe('tab attribute, property and event', () => {
  it('the tab attribute selects the starting tab', async () => {
    const el = await render(html`<oman-sim-renewal tab="tips"></oman-sim-renewal>`);
    expect(el.tab).to.equal('tips');
    expect(selectedTab(el).id).to.equal('tab-tips');
    expect(visiblePanel(el).id).to.equal('panel-tips');
  });

  it('setting the property reflects to the attribute and updates the view', async () => {
    const el = await render();
    el.tab = 'phone';
    await el.updateComplete;
    expect(el.getAttribute('tab')).to.equal('phone');
    expect(visiblePanel(el).id).to.equal('panel-phone');
  });

  it('changing the attribute updates the property and the view', async () => {
    const el = await render();
    el.setAttribute('tab', 'store');
    await el.updateComplete;
    expect(el.tab).to.equal('store');
    expect(selectedTab(el).id).to.equal('tab-store');
  });

  it('fires tab-change (bubbling out of the shadow root) with tab and previous on a click', async () => {
    const wrapper = await render(html`<div><oman-sim-renewal></oman-sim-renewal></div>` as never);
    const el = wrapper.querySelector('oman-sim-renewal')!;
    const heard = oneEvent(wrapper, 'tab-change');
    tabs(el)[3].click();
    const event = (await heard) as CustomEvent;
    expect(event.detail).to.deep.equal({ tab: 'tips', previous: 'online' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target).to.equal(el);
  });

  it('fires tab-change when the reader moves with the keyboard', async () => {
    const el = await render();
    selectedTab(el).focus();
    const heard = oneEvent(el, 'tab-change');
    await sendKeys({ press: 'End' });
    const event = (await heard) as CustomEvent;
    expect(event.detail).to.deep.equal({ tab: 'tips', previous: 'online' });
    expect(el.tab).to.equal('tips');
  });

  it('does not fire when script sets tab, nor when the reader clicks the selected tab', async () => {
    const el = await render();
    let fired = 0;
    el.addEventListener('tab-change', () => fired++);
    el.tab = 'store';
    el.setAttribute('tab', 'phone');
    await el.updateComplete;
    selectedTab(el).click();
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('an unknown tab selects online and warns once for that value', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await render(html`<oman-sim-renewal tab="nonsense-1"></oman-sim-renewal>`);
      expect(el.tab).to.equal('online');
      expect(el.getAttribute('tab')).to.equal('online');
      expect(visiblePanel(el).id).to.equal('panel-online');
      el.setAttribute('tab', 'nonsense-1');
      await el.updateComplete;
      expect(el.tab).to.equal('online');
    });
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('nonsense-1');
    expect(warnings[0]).to.contain('online, store, phone, tips');
  });

  it('an unknown tab set as a property falls back the same way', async () => {
    const el = await render(html`<oman-sim-renewal tab="phone"></oman-sim-renewal>`);
    const warnings = await captureWarnings(async () => {
      (el as { tab: string }).tab = 'nonsense-2';
      await el.updateComplete;
    });
    expect(el.tab).to.equal('online');
    expect(warnings.length).to.equal(1);
  });
});
