import { expect } from '@open-wc/testing';
import { OmanSimRenewal } from '../../src/oman-sim-renewal.js';
import { Guide } from '../support/guide.js';

// A blog's HTML is parsed before the module runs: attributes and properties set on the
// not-yet-defined element must be honoured once it upgrades. A fresh tag per test keeps
// each element undefined until the test defines it.
let counter = 0;
const freshTag = () => `oman-sim-renewal-upgrade-${++counter}`;

describe('upgrade (set before the element is defined)', () => {
  afterEach(() => document.querySelectorAll('[data-upgrade-test]').forEach((node) => node.remove()));

  it('honours a tab attribute written in the HTML', async () => {
    const tag = freshTag();
    const el = document.createElement(tag) as OmanSimRenewal;
    el.dataset.upgradeTest = '';
    el.setAttribute('tab', 'phone');
    document.body.append(el);
    customElements.define(tag, class extends OmanSimRenewal {});
    await el.updateComplete;
    expect(el.tab).to.equal('phone');
    expect(new Guide(el).selectedTab.id).to.equal('tab-phone');
  });

  it('honours properties assigned before the upgrade', async () => {
    const tag = freshTag();
    const el = document.createElement(tag) as OmanSimRenewal;
    el.dataset.upgradeTest = '';
    Object.assign(el, { tab: 'tips', operator: 'omantel', language: 'en' });
    document.body.append(el);
    customElements.define(tag, class extends OmanSimRenewal {});
    await el.updateComplete;
    expect(el.tab).to.equal('tips');
    expect(el.getAttribute('tab')).to.equal('tips');
    expect(el.operator).to.equal('omantel');
    expect(new Guide(el).selectedTab.id).to.equal('tab-tips');
  });
});
