// A page that forces closed shadow roots, and a
// tab-change handler that sets `tab` or moves focus.
import { expect, fixture, html } from '@open-wc/testing';
import { render, type OmanSimRenewal } from '../support/helpers.js';
import { Guide } from '../support/guide.js';
import { failuresDuring } from '../support/errors.js';

const press = (target: Element, key: string) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
  );

describe('closed shadow roots', () => {
  /** Renders a guide while the page forces every shadow root closed; returns it and its root. */
  async function closedGuide(template: ReturnType<typeof html>) {
    const attach = Element.prototype.attachShadow;
    let root: ShadowRoot | undefined;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      root = attach.call(this, { ...init, mode: 'closed' });
      return root;
    };
    try {
      const el = await fixture<OmanSimRenewal>(template);
      expect(el.shadowRoot, 'the root really is closed').to.equal(null);
      return { el, root: root! };
    } finally {
      Element.prototype.attachShadow = attach;
    }
  }

  it('arrow keys move focus to the newly selected tab', async () => {
    const { el, root } = await closedGuide(html`<oman-sim-renewal></oman-sim-renewal>`);
    const online = root.getElementById('tab-online')!;
    online.focus();
    press(online, 'ArrowRight');
    await el.updateComplete;
    expect(el.tab).to.equal('store');
    expect(root.activeElement?.id).to.equal('tab-store');
  });

  it('the reminder still downloads its calendar file', async () => {
    const { el, root } = await closedGuide(html`<oman-sim-renewal tab="tips"></oman-sim-renewal>`);
    const input = root.querySelector<HTMLInputElement>('input[type="date"]')!;
    input.value = `${new Date().getFullYear() + 1}-06-15`;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      const errors = await failuresDuring(async () => {
        root.querySelector<HTMLButtonElement>('[part~="reminder-button"]')!.click();
      });
      expect(errors).to.deep.equal([]);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads).to.have.length(1);
    expect(downloads[0]).to.match(/^sim-renewal-.*\.ics$/);
  });
});

describe('focus and tab-change handlers', () => {
  it('a handler that sets tab leaves focus on the tab it selected', async () => {
    const el = await render();
    el.addEventListener('tab-change', () => (el.tab = 'tips'), { once: true });
    const online = el.shadowRoot!.getElementById('tab-online')!;
    online.focus();
    press(online, 'ArrowRight');
    await el.updateComplete;
    expect(el.tab).to.equal('tips');
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-tips');
    expect(new Guide(el).selectedTab.tabIndex).to.equal(0);
  });

  it('a handler may move focus elsewhere, and the guide leaves it there', async () => {
    const el = await render();
    const outside = await fixture<HTMLButtonElement>(html`<button>Page button</button>`);
    el.addEventListener('tab-change', () => outside.focus(), { once: true });
    const online = el.shadowRoot!.getElementById('tab-online')!;
    online.focus();
    press(online, 'ArrowRight');
    await el.updateComplete;
    expect(el.tab).to.equal('store');
    expect(document.activeElement === outside, 'focus stays on the page’s button').to.equal(true);
  });
});
