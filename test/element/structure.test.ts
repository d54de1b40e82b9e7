import { expect } from '@open-wc/testing';
import { OmanSimRenewal } from '../../src/index.js';
import { OPERATOR_IDS } from '../../src/operators/index.js';
import { Guide, isoInDays } from '../support/guide.js';

describe('structure and roles', () => {
  it('is defined as oman-sim-renewal with an open shadow root', async () => {
    const { element: el } = await Guide.render();
    expect(customElements.get('oman-sim-renewal')).to.equal(OmanSimRenewal);
    expect(el).to.be.instanceOf(OmanSimRenewal);
    expect(el.shadowRoot).to.not.equal(null);
    expect(el.shadowRoot!.mode).to.equal('open');
  });

  it('has one named tablist holding the four tabs in order', async () => {
    const guide = await Guide.render();
    const el = guide.element;
    const tabs = guide.tabs;
    const lists = el.shadowRoot!.querySelectorAll('[role="tablist"]');
    expect(lists.length).to.equal(1);
    const labelId = lists[0].getAttribute('aria-labelledby')!;
    expect(el.shadowRoot!.getElementById(labelId)!.textContent!.trim()).to.not.equal('');
    expect(tabs.map((tab) => tab.id)).to.deep.equal(['tab-online', 'tab-store', 'tab-phone', 'tab-tips']);
    expect(tabs.map((tab) => tab.textContent!.trim())).to.deep.equal([
      'Online',
      'In a store',
      'By phone',
      'Tips',
    ]);
    for (const tab of tabs) expect(tab.parentElement).to.equal(lists[0]);
  });

  it('renders every panel, labelled by its tab, focusable, only the selected one visible', async () => {
    const guide = await Guide.render();
    const all = guide.panels;
    expect(all.map((panel) => panel.id)).to.deep.equal([
      'panel-online',
      'panel-store',
      'panel-phone',
      'panel-tips',
    ]);
    all.forEach((panel, i) => {
      expect(panel.getAttribute('aria-labelledby')).to.equal(guide.tabs[i].id);
      expect(guide.tabs[i].getAttribute('aria-controls')).to.equal(panel.id);
      expect(panel.getAttribute('tabindex')).to.equal('0');
    });
    expect(all.map((panel) => panel.hidden)).to.deep.equal([false, true, true, true]);
    expect(all[1].getBoundingClientRect().height).to.equal(0);
  });

  it('selects online by default with a roving tabindex', async () => {
    const { element: el, tabs } = await Guide.render();
    expect(el.tab).to.equal('online');
    expect(el.getAttribute('tab')).to.equal('online');
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal([
      'true',
      'false',
      'false',
      'false',
    ]);
    expect(tabs.map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1]);
  });

  it('tabs are real buttons that do not submit a surrounding form', async () => {
    for (const tab of (await Guide.render()).tabs) {
      expect(tab.localName).to.equal('button');
      expect(tab.type).to.equal('button');
    }
  });

  it('exposes the documented parts', async () => {
    const guide = await Guide.render();
    const parts = (name: string) => guide.byPart(name).length;
    expect(parts('tablist')).to.equal(1);
    expect(parts('tab')).to.equal(4);
    expect(parts('tab-selected')).to.equal(1);
    expect(parts('panel')).to.equal(4);
    expect(parts('title')).to.equal(1);
  });

  it('renders exactly the parts custom-elements.json documents, no more, no fewer', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const element = manifest.modules
      .flatMap((module: { declarations?: { tagName?: string }[] }) => module.declarations ?? [])
      .find((declaration: { tagName?: string }) => declaration.tagName === 'oman-sim-renewal');
    const documented = new Set<string>(element.cssParts.map((part: { name: string }) => part.name));
    const rendered = new Set<string>();
    for (const operator of ['', ...OPERATOR_IDS]) {
      for (const situation of ['home', 'abroad']) {
        const guide = await Guide.render({ operator, situation });
        // Build every panel, as printing does.
        window.dispatchEvent(new Event('beforeprint'));
        await guide.update();
        if (operator === '') guide.byPart('chooser-option')[0].click();
        await guide.update();
        const collect = () =>
          guide.element.shadowRoot!.querySelectorAll('[part]').forEach((node) => {
            node.part.forEach((part) => rendered.add(part));
          });
        collect();
        // The reminder in its "top up now" state too.
        await guide.enterExpiry(isoInDays(0));
        collect();
        window.dispatchEvent(new Event('afterprint'));
      }
    }
    expect([...rendered].sort()).to.deep.equal([...documented].sort());
  });
});

describe('generic guide content', () => {
  it('builds a panel when its tab is first shown, and keeps it', async () => {
    const guide = await Guide.render();
    expect(guide.panels.map((panel) => panel.querySelectorAll('li').length > 0)).to.deep.equal([
      true,
      false,
      false,
      false,
    ]);
    await guide.open('phone');
    await guide.open('online');
    expect(guide.panels.map((panel) => panel.querySelectorAll('li').length > 0)).to.deep.equal([
      true,
      false,
      true,
      false,
    ]);
  });

  it('each channel has numbered steps and a caution', async () => {
    const guide = await Guide.render();
    for (const id of ['online', 'store', 'phone'] as const) {
      const panel = await guide.open(id);
      expect(panel.querySelectorAll('ol > li').length, id).to.be.greaterThan(3);
      expect(panel.querySelector('[part~="caution"]')!.textContent, id).to.contain('Caution');
    }
  });

  it('online warns about safe networks and private codes', async () => {
    const guide = await Guide.render();
    const text = (await guide.open('online')).textContent!;
    expect(text).to.match(/network you trust/);
    expect(text).to.match(/one-time code/);
  });

  it('store says what to bring', async () => {
    const guide = await Guide.render();
    const text = (await guide.open('store')).textContent!;
    expect(text).to.match(/Omani ID card, resident card or passport/);
    expect(text).to.match(/receipt/);
  });

  it('phone says not every operator renews by phone', async () => {
    const guide = await Guide.render();
    expect((await guide.open('phone')).textContent).to.match(/Not every operator/);
  });

  it('tips cover timing, receipts, promotions, balance and official channels', async () => {
    const guide = await Guide.render();
    const text = [...(await guide.open('tips')).querySelectorAll('li')]
      .map((li) => li.textContent!)
      .join(' ');
    for (const word of [
      /before your validity ends/,
      /receipt/,
      /promotions/,
      /balance/,
      /official channels/,
    ]) {
      expect(text).to.match(word);
    }
  });

  it('any operator value still shows the generic guide and never throws', async () => {
    for (const operator of ['', 'omantel', 'no-such-operator', '<img src=x onerror=alert(1)>']) {
      const guide = await Guide.render({ operator });
      expect(guide.tabs.length).to.equal(4);
      expect(guide.element.shadowRoot!.querySelector('img')).to.equal(null);
    }
  });
});
