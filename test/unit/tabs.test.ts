import { expect } from '@open-wc/testing';
import { DEFAULT_TAB, TAB_IDS, isTabId, nextTabIndex } from '../../src/tabs/tabs.js';

describe('nextTabIndex (pure keyboard rules)', () => {
  it('ArrowRight moves to the next tab and wraps from last to first', () => {
    expect(nextTabIndex('ArrowRight', 0, 4)).to.equal(1);
    expect(nextTabIndex('ArrowRight', 2, 4)).to.equal(3);
    expect(nextTabIndex('ArrowRight', 3, 4)).to.equal(0);
  });

  it('ArrowLeft moves to the previous tab and wraps from first to last', () => {
    expect(nextTabIndex('ArrowLeft', 3, 4)).to.equal(2);
    expect(nextTabIndex('ArrowLeft', 0, 4)).to.equal(3);
  });

  it('Home and End go to the first and last tab', () => {
    expect(nextTabIndex('Home', 2, 4)).to.equal(0);
    expect(nextTabIndex('End', 1, 4)).to.equal(3);
  });

  it('mirrors the arrows right-to-left: Left is next, Right is previous', () => {
    expect(nextTabIndex('ArrowLeft', 0, 4, 'rtl')).to.equal(1);
    expect(nextTabIndex('ArrowLeft', 3, 4, 'rtl')).to.equal(0);
    expect(nextTabIndex('ArrowRight', 0, 4, 'rtl')).to.equal(3);
    expect(nextTabIndex('Home', 2, 4, 'rtl')).to.equal(0);
    expect(nextTabIndex('End', 0, 4, 'rtl')).to.equal(3);
  });

  it('leaves Up, Down and every other key to the browser', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'Tab', 'Enter', ' ', 'a', 'PageDown']) {
      expect(nextTabIndex(key, 1, 4), key).to.equal(null);
    }
  });

  it('handles no tabs without dividing by zero', () => {
    expect(nextTabIndex('ArrowRight', 0, 0)).to.equal(null);
  });
});

describe('tab ids', () => {
  it('are online, store, phone, tips in that order, online first', () => {
    expect([...TAB_IDS]).to.deep.equal(['online', 'store', 'phone', 'tips']);
    expect(DEFAULT_TAB).to.equal('online');
  });

  it('isTabId accepts only the four ids', () => {
    for (const id of TAB_IDS) expect(isTabId(id)).to.equal(true);
    for (const bad of ['', 'Online', 'shop', 'toString', null, undefined, 0])
      expect(isTabId(bad)).to.equal(false);
  });
});
