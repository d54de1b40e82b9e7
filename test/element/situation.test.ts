import { expect, html } from '@open-wc/testing';
import { captureWarnings, render, type OmanSimRenewal } from '../support/helpers.js';
import { OPERATOR_IDS, type OperatorId } from '../../src/operators/index.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
// Text as read, without the invisible isolates that keep names and dates whole in RTL text.
const text = (node: Element | null) =>
  (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

async function showTab(el: OmanSimRenewal, tab: OmanSimRenewal['tab']) {
  el.tab = tab;
  await el.updateComplete;
  return $(el, `#panel-${tab}`)!;
}

/** What a reader abroad must see, per operator, from the facts with a source. */
const expected: Record<OperatorId, { cards: string; abroadCalls: string[] }> = {
  omantel: { cards: 'Online payment may accept only bank cards issued in Oman', abroadCalls: [] },
  ooredoo: {
    cards: "Ooredoo's Auto Pay, in its app, accepts only bank cards issued in Oman",
    abroadCalls: ['tel:+96895011500'],
  },
  vodafone: { cards: 'Online payment may accept only bank cards issued in Oman', abroadCalls: [] },
  friendi: {
    cards: 'Online payment may accept only bank cards issued in Oman',
    abroadCalls: ['tel:+96898400000'],
  },
  redbull: { cards: 'Online top-up may accept only bank cards issued in Oman', abroadCalls: [] },
};

describe('the reader abroad', () => {
  for (const id of OPERATOR_IDS) {
    it(`${id}, abroad: each channel says what works from abroad`, async () => {
      const el = await render(html`<oman-sim-renewal operator=${id} situation="abroad"></oman-sim-renewal>`);
      const online = text((await showTab(el, 'online')).querySelector('.abroad'));
      expect(online)
        .to.contain(expected[id].cards)
        .and.contain('Someone in Oman can top up your number for you');
      expect(online).to.contain('Keep roaming on');
      // Red Bull MOBILE's card rule comes from its former brand's page: marked unconfirmed.
      expect(online.includes('Unconfirmed'), 'unconfirmed card rule').to.equal(id === 'redbull');

      const store = text((await showTab(el, 'store')).querySelector('.abroad'));
      expect(store).to.contain('A store visit needs someone in Oman.');

      const phone = (await showTab(el, 'phone')).querySelector('.abroad')!;
      const calls = [...phone.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      expect(calls).to.deep.equal(expected[id].abroadCalls);
      expect(text(phone).includes('number that can be called from abroad')).to.equal(calls.length === 0);

      expect((await showTab(el, 'tips')).querySelector('.abroad')).to.equal(null);
    });

    it(`${id}, in Oman: no "From abroad" box in any tab`, async () => {
      const el = await render(html`<oman-sim-renewal operator=${id}></oman-sim-renewal>`);
      for (const tab of ['online', 'store', 'phone', 'tips'] as const) {
        const panel = await showTab(el, tab);
        expect(panel.querySelector('.abroad'), tab).to.equal(null);
        expect(text(panel)).to.not.contain('issued in Oman').and.not.contain('needs someone in Oman');
      }
    });

    it(`${id}: the tips say what to do if the line has lapsed, and why to keep the SIM`, async () => {
      const el = await render(html`<oman-sim-renewal operator=${id} tab="tips"></oman-sim-renewal>`);
      const tips = text($(el, '#panel-tips'));
      expect(tips).to.contain('If your line has lapsed');
      if (id === 'ooredoo')
        expect(tips).to.contain('reactivate the SIM online').and.contain('SIM Services › SIM Reactivation');
      else expect(tips).to.contain('contact your operator as soon as you can').and.not.contain('reactivate');
      expect(tips).to.contain('regulator (TRA)').and.contain('public resource');
      expect(tips).to.contain('Keep your SIM yourself').and.contain('resold and misused');
      // No day counts: no operator's grace period or regulator's rule has been found.
      expect(text($(el, '#panel-tips .lapsed'))).to.not.match(/\d/);
    });
  }

  it('the general guide abroad: advice only, no number', async () => {
    const el = await render(html`<oman-sim-renewal situation="abroad" tab="phone"></oman-sim-renewal>`);
    const phone = $(el, '#panel-phone .abroad')!;
    expect(text(phone)).to.contain('+968 number on your operator');
    expect(phone.querySelector('a[href^="tel:"]')).to.equal(null);
  });

  it('the toggle switches this guide only, and the choice stays across tabs', async () => {
    const el = await render(html`<oman-sim-renewal operator="friendi"></oman-sim-renewal>`);
    const other = await render(html`<oman-sim-renewal operator="friendi"></oman-sim-renewal>`);
    const [home, abroad] = $$(el, '[part~="situation-option"]');
    expect(home.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[part~="situation"]')!.getAttribute('role')).to.equal('group');
    abroad.click();
    await el.updateComplete;
    expect(el.situation).to.equal('abroad');
    expect(abroad.getAttribute('aria-pressed')).to.equal('true');
    expect(home.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, '#panel-online .abroad')).to.not.equal(null);
    const phone = await showTab(el, 'phone');
    expect(phone.querySelector('.abroad a[href="tel:+96898400000"]')).to.not.equal(null);
    expect(other.situation).to.equal('home');
    expect($(other, '#panel-online .abroad')).to.equal(null);
    home.click();
    await el.updateComplete;
    expect($(el, '#panel-phone .abroad')).to.equal(null);
  });

  it('a bad situation: one warning, the in-Oman guide', async () => {
    let el!: OmanSimRenewal;
    const warnings = await captureWarnings(async () => {
      el = await render(html`<oman-sim-renewal operator="ooredoo" situation="mars"></oman-sim-renewal>`);
      el.setAttribute('situation', 'mars');
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('"mars"'))).to.have.length(1);
    expect(warnings[0]).to.contain('home, abroad');
    expect(el.situation).to.equal('home');
    expect($(el, '.abroad')).to.equal(null);
  });
});
