import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings } from '../support/helpers.js';
import { Guide } from '../support/guide.js';

describe('tab attribute, property and event', () => {
  it('the tab attribute selects the starting tab', async () => {
    const guide = await Guide.render({ tab: 'tips' });
    expect(guide.element.tab).to.equal('tips');
    expect(guide.selectedTab.id).to.equal('tab-tips');
    expect(guide.visiblePanel.id).to.equal('panel-tips');
  });

  it('setting the property reflects to the attribute and updates the view', async () => {
    const guide = await Guide.render();
    const el = guide.element;
    el.tab = 'phone';
    await el.updateComplete;
    expect(el.getAttribute('tab')).to.equal('phone');
    expect(guide.visiblePanel.id).to.equal('panel-phone');
  });

  it('changing the attribute updates the property and the view', async () => {
    const guide = await Guide.render();
    const el = guide.element;
    el.setAttribute('tab', 'store');
    await el.updateComplete;
    expect(el.tab).to.equal('store');
    expect(guide.selectedTab.id).to.equal('tab-store');
  });

  it('fires tab-change (bubbling out of the shadow root) with tab and previous on a click', async () => {
    const guide = await Guide.render(html`<div><oman-sim-renewal></oman-sim-renewal></div>`);
    const wrapper = guide.element.parentElement!;
    const heard = oneEvent(wrapper, 'tab-change');
    guide.tabs[3].click();
    const event = (await heard) as CustomEvent;
    expect(event.detail).to.deep.equal({ tab: 'tips', previous: 'online' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target).to.equal(guide.element);
  });

  it('fires tab-change when the reader moves with the keyboard', async () => {
    const guide = await Guide.render();
    guide.selectedTab.focus();
    const heard = oneEvent(guide.element, 'tab-change');
    await sendKeys({ press: 'End' });
    const event = (await heard) as CustomEvent;
    expect(event.detail).to.deep.equal({ tab: 'tips', previous: 'online' });
    expect(guide.element.tab).to.equal('tips');
  });

  it('does not fire when script sets tab, nor when the reader clicks the selected tab', async () => {
    const guide = await Guide.render();
    const el = guide.element;
    let fired = 0;
    el.addEventListener('tab-change', () => fired++);
    el.tab = 'store';
    el.setAttribute('tab', 'phone');
    await el.updateComplete;
    guide.selectedTab.click();
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('an unknown tab selects online and warns once for that value', async () => {
    const warnings = await captureWarnings(async () => {
      const guide = await Guide.render({ tab: 'nonsense-1' });
      const el = guide.element;
      expect(el.tab).to.equal('online');
      expect(el.getAttribute('tab')).to.equal('online');
      expect(guide.visiblePanel.id).to.equal('panel-online');
      el.setAttribute('tab', 'nonsense-1');
      await el.updateComplete;
      expect(el.tab).to.equal('online');
    });
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('nonsense-1');
    expect(warnings[0]).to.contain('online, store, phone, tips');
  });

  it('an unknown tab set as a property falls back the same way', async () => {
    const { element: el } = await Guide.render({ tab: 'phone' });
    const warnings = await captureWarnings(async () => {
      (el as { tab: string }).tab = 'nonsense-2';
      await el.updateComplete;
    });
    expect(el.tab).to.equal('online');
    expect(warnings.length).to.equal(1);
  });
});
