// A guide in other documents
// (iframes, print frames, windowless documents), inside other components' shadow roots,
// and at print time.
import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { openFrame } from '../support/frames.js';
import { emulateMediaOrSkip, resetMedia } from '../support/helpers.js';
import { Guide } from '../support/guide.js';
import { failuresDuring } from '../support/errors.js';
import type { OmanSimRenewal } from '../../src/index.js';

const guideOf = (el: Element) => new Guide(el).byPart('base')[0];
const viewOf = (el: Element) => el.ownerDocument.defaultView!;
const tablistDisplay = (el: Element) =>
  viewOf(el).getComputedStyle(new Guide(el).byPart('tablist')[0]).display;
const builtPanels = (el: Element) =>
  new Guide(el).panels.filter((panel) => panel.childElementCount > 0).length;

const arabicFrame = () =>
  openFrame((f) => (f.srcdoc = '<!doctype html><html lang="ar"><body></body></html>'));

describe('a guide in a same-origin iframe', () => {
  it('first connected in the frame (a print-section library): styled, in the frame’s language', async () => {
    const frame = await arabicFrame();
    const el = document.createElement('oman-sim-renewal') as OmanSimRenewal;
    el.setAttribute('operator', 'omantel');
    const failures = await failuresDuring(async () => {
      frame.contentDocument!.body.append(el);
      await el.updateComplete;
    });
    expect(failures).to.deep.equal([]);
    expect(tablistDisplay(el)).to.equal('grid');
    expect(guideOf(el).lang).to.equal('ar');
    expect(guideOf(el).dir).to.equal('rtl');
    frame.remove();
  });

  it('a rendered guide cloned into a print frame (react-to-print, printThis) is whole and styled', async () => {
    const { element: original } = await Guide.render({ operator: 'ooredoo', tab: 'phone' });
    const frame = await arabicFrame();
    const clone = new Guide(original.cloneNode(true) as Element);
    frame.contentDocument!.body.append(clone.element);
    await clone.update();
    expect(tablistDisplay(clone.element)).to.equal('grid');
    expect(clone.links.map((link) => link.getAttribute('href'))).to.include('tel:1500');
    frame.remove();
  });

  it('a rendered guide moved with adoptNode keeps its styles (print-only text stays hidden)', async () => {
    const { element: el } = await Guide.render({ operator: 'ooredoo' });
    const frame = await arabicFrame();
    const doc = frame.contentDocument!;
    doc.body.append(doc.adoptNode(el));
    await el.updateComplete;
    expect(tablistDisplay(el)).to.equal('grid');
    const printOnly = el.shadowRoot!.querySelector('.print-only')!;
    expect(viewOf(el).getComputedStyle(printOnly).display).to.equal('none');
    // …and moving it back works as well.
    document.body.append(document.adoptNode(el));
    await el.updateComplete;
    expect(tablistDisplay(el)).to.equal('grid');
    el.remove();
    frame.remove();
  });

  it('follows lang changes inside the frame', async () => {
    const frame = await arabicFrame();
    const el = document.createElement('oman-sim-renewal') as OmanSimRenewal;
    frame.contentDocument!.body.append(el);
    await el.updateComplete;
    frame.contentDocument!.documentElement.lang = 'zh-CN';
    await waitFor(() => guideOf(el).lang === 'zh-Hans', 'the guide follows the frame’s lang');
    frame.remove();
  });
});

describe('a guide inside another component’s shadow root', () => {
  async function hosted() {
    const outer = await fixture(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<section lang="en"><oman-sim-renewal></oman-sim-renewal></section>';
    const el = root.querySelector('oman-sim-renewal') as OmanSimRenewal;
    await el.updateComplete;
    return { section: root.querySelector('section')!, el };
  }

  it('follows a lang change on an ancestor in that shadow root', async () => {
    const { section, el } = await hosted();
    expect(guideOf(el).lang).to.equal('en');
    section.lang = 'ar';
    await waitFor(() => guideOf(el).lang === 'ar', 'the guide follows its ancestor');
  });

  it('follows changes of its own lang and dir there', async () => {
    const { el } = await hosted();
    el.setAttribute('lang', 'ar');
    await waitFor(() => guideOf(el).lang === 'ar', 'the guide follows its own lang');
    el.setAttribute('dir', 'ltr');
    await waitFor(() => !guideOf(el).hasAttribute('dir'), 'the page’s dir wins');
  });
});

type GcWindow = Window & { gc?: () => void };

describe('guides whose document goes away', () => {
  async function collected(make: () => Promise<WeakRef<object>>) {
    const gc = (window as GcWindow).gc!;
    const ref = await make();
    for (let i = 0; i < 5 && ref.deref(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      gc();
    }
    return ref.deref() === undefined;
  }

  it('a guide in a removed iframe is released', async function () {
    if (!(window as GcWindow).gc) this.skip();
    const released = await collected(async () => {
      const frame = await arabicFrame();
      const el = document.createElement('oman-sim-renewal') as OmanSimRenewal;
      frame.contentDocument!.body.append(el);
      await el.updateComplete;
      frame.remove();
      return new WeakRef(el);
    });
    expect(released).to.equal(true);
  });

  it('a guide in a dropped createHTMLDocument document is released', async function () {
    if (!(window as GcWindow).gc) this.skip();
    const released = await collected(async () => {
      const doc = document.implementation.createHTMLDocument('');
      const el = document.createElement('oman-sim-renewal') as OmanSimRenewal;
      const failures = await failuresDuring(async () => {
        doc.body.append(el);
        await el.updateComplete;
      });
      expect(failures).to.deep.equal([]);
      return new WeakRef(el);
    });
    expect(released).to.equal(true);
  });

  it('the check sees a guide that is still referenced (control)', async function () {
    if (!(window as GcWindow).gc) this.skip();
    const kept: Element[] = [];
    const released = await collected(async () => {
      const el = document.createElement('oman-sim-renewal');
      kept.push(el);
      return new WeakRef(el);
    });
    expect(released).to.equal(false);
  });
});

describe('language changes re-render only the guides they affect', () => {
  it('counts renders for 100 guides', async () => {
    const container = await fixture(html`<div lang="en"></div>`);
    const withLanguage = Array.from({ length: 50 }, () => {
      const el = document.createElement('oman-sim-renewal');
      el.setAttribute('language', 'zh-Hans');
      return el;
    });
    const following = Array.from({ length: 50 }, () => document.createElement('oman-sim-renewal'));
    container.append(...withLanguage, ...following);
    await Promise.all([...withLanguage, ...following].map((el) => (el as OmanSimRenewal).updateComplete));

    const proto = customElements.get('oman-sim-renewal')!.prototype as { render(): unknown };
    const render = proto.render;
    let renders = 0;
    proto.render = function (this: unknown) {
      renders++;
      return render.call(this);
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    try {
      document.documentElement.setAttribute('dir', 'ltr');
      document.documentElement.setAttribute('lang', 'en-GB');
      await settle();
      expect(renders, 'the page’s dir and an equivalent lang').to.equal(0);
      container.setAttribute('lang', 'ar');
      await settle();
      expect(renders, 'only the 50 guides that follow the page').to.equal(50);
      expect(guideOf(following[0]).lang).to.equal('ar');
    } finally {
      proto.render = render;
      document.documentElement.removeAttribute('dir');
      document.documentElement.setAttribute('lang', 'en');
    }
  });
});

describe('printing builds every panel', () => {
  afterEach(resetMedia);

  it('before window.print() returns: panels are built synchronously in beforeprint', async () => {
    const { element: el } = await Guide.render({ operator: 'omantel' });
    expect(builtPanels(el)).to.equal(1);
    // window.print() fires beforeprint and lays the page out before it returns: no await.
    window.dispatchEvent(new Event('beforeprint'));
    expect(builtPanels(el)).to.equal(4);
  });

  it('print media without a beforeprint event (DevTools, preview extensions)', async function () {
    const { element: el } = await Guide.render({ operator: 'omantel' });
    await emulateMediaOrSkip(this, { media: 'print' });
    await waitFor(() => builtPanels(el) === 4, 'every panel is built for print');
  });
});
