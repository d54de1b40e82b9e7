// Whatever a page or a framework binds to the
// element's properties, the reader gets a guide (never a blank box), the page gets at most
// one console warning per bad value, and nothing big is kept.
import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings, type OmanSimRenewal } from '../support/helpers.js';
import { Guide } from '../support/guide.js';
import { failuresDuring } from '../support/errors.js';

type Props = 'operator' | 'language' | 'tab' | 'theme';

/** Sets `prop` before the element first renders, as React 19 and Vue property bindings do. */
async function renderWith(prop: Props, value: unknown) {
  const el = document.createElement('oman-sim-renewal') as OmanSimRenewal;
  (el as unknown as Record<Props, unknown>)[prop] = value;
  const parent = await fixture(html`<div lang="en"></div>`);
  parent.append(el);
  await el.updateComplete;
  return el;
}

describe('non-string property values', () => {
  const cases: [Props, string, () => unknown, RegExp][] = [
    ['operator', 'a number', () => 3, /omantel/],
    ['operator', 'an object', () => ({}), /omantel/],
    ['operator', 'an array', () => [], /omantel/],
    ['operator', 'a boolean', () => true, /omantel/],
    ['operator', 'an object without prototype', () => Object.create(null), /omantel/],
    ['language', 'navigator.languages', () => ['ar', 'en'], /language/],
    ['language', 'a number', () => 4, /language/],
    ['language', 'an object', () => ({ lang: 'ar' }), /language/],
    ['tab', 'a Symbol', () => Symbol('store'), /online, store, phone, tips/],
    ['tab', 'a number', () => 2, /online, store, phone, tips/],
    ['theme', 'a Symbol', () => Symbol('dark'), /auto, light, dark/],
    ['theme', 'an object', () => ({}), /auto, light, dark/],
  ];
  for (const [prop, name, make, accepted] of cases) {
    it(`${prop} set to ${name}: the general guide, one warning, nothing thrown`, async () => {
      let el!: OmanSimRenewal;
      let failures: string[] = [];
      const warnings = await captureWarnings(async () => {
        failures = await failuresDuring(async () => {
          el = await renderWith(prop, make());
        });
      });
      expect(failures, 'errors').to.deep.equal([]);
      const guide = new Guide(el);
      const [base] = guide.byPart('base');
      expect(base.getBoundingClientRect().height, 'the guide is not blank').to.be.greaterThan(100);
      expect(guide.byPart('title')[0].textContent).to.contain('Omani');
      expect(base.getAttribute('lang')).to.equal('en');
      expect(guide.selectedTab.id).to.equal('tab-online');
      expect(warnings, 'one warning naming the accepted values').to.have.length(1);
      expect(warnings[0]).to.match(accepted);
      el.parentElement!.remove();
    });
  }

  it('a bad value set after a good one falls back, and a good one afterwards works', async () => {
    const el = await renderWith('operator', 'omantel');
    await captureWarnings(async () => {
      (el as unknown as { operator: unknown }).operator = { toString: () => 'ooredoo' };
      await el.updateComplete;
    });
    const title = () => new Guide(el).byPart('title')[0].textContent;
    expect(title()).to.contain('Omani');
    el.operator = 'ooredoo';
    await el.updateComplete;
    expect(title()).to.contain('Ooredoo');
    el.parentElement!.remove();
  });
});

describe('attribute normalisation', () => {
  it('tab="STORE" and tab=" store " select the store tab without a warning', async () => {
    for (const value of ['STORE', ' store ']) {
      const warnings = await captureWarnings(async () => {
        const guide = await Guide.render({ tab: value });
        expect(guide.selectedTab.id, value).to.equal('tab-store');
        expect(guide.element.tab).to.equal('store');
      });
      expect(warnings).to.deep.equal([]);
    }
  });

  it('theme="DARK" gives the dark scheme', async () => {
    const guide = await Guide.render({ theme: 'DARK' });
    expect(getComputedStyle(guide.byPart('base')[0]).backgroundColor).to.equal('rgb(22, 25, 29)');
  });

  for (const dir of ['auto', '', 'AUTO']) {
    it(`dir="${dir}" on the element lays an Arabic guide out right to left`, async () => {
      const guide = await Guide.render({ language: 'ar', dir });
      const [tablist] = guide.byPart('tablist');
      expect(getComputedStyle(tablist).direction).to.equal('rtl');
    });
  }

  it('dir="ltr" set by the page still wins over the language', async () => {
    const guide = await Guide.render({ language: 'ar', dir: 'LTR' });
    expect(getComputedStyle(guide.byPart('tablist')[0]).direction).to.equal('ltr');
  });
});

type GcWindow = Window & { gc?: () => void };
const heapUsed = () =>
  (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

describe('rejected values are not kept', () => {
  it('40 distinct 1 MB operator values leave no more than a few MB behind', async function () {
    const gc = (window as GcWindow).gc;
    if (!gc || heapUsed() === undefined) this.skip();
    const { element: el } = await Guide.render();
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      gc!();
    };
    await settle();
    const before = heapUsed()!;
    const warnings = await captureWarnings(async () => {
      for (let i = 0; i < 40; i++) {
        el.setAttribute('operator', `${i}`.padEnd(1_000_000, 'x'));
        await el.updateComplete;
      }
    });
    el.setAttribute('operator', 'omantel');
    await el.updateComplete;
    await settle();
    const grown = heapUsed()! - before;
    expect(grown, `heap grew by ${grown} bytes`).to.be.lessThan(8_000_000);
    expect(Math.max(...warnings.map((w) => w.length))).to.be.lessThan(400);
  });
});
