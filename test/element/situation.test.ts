import { expect } from '@open-wc/testing';
import { captureWarnings } from '../support/helpers.js';
import { Guide, textOf as text } from '../support/guide.js';
import { OPERATOR_IDS, type OperatorId } from '../../src/operators/index.js';
import type { TabId } from '../../src/tabs/tabs.js';

const ABROAD = '[part~="abroad"]';

/** Shows `tab` by setting the property (as a page script would) and returns its panel. */
async function showTab(guide: Guide, tab: TabId) {
  guide.element.tab = tab;
  await guide.update();
  return guide.panel(tab);
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
      const guide = await Guide.render({ operator: id, situation: 'abroad' });
      const online = text((await showTab(guide, 'online')).querySelector(ABROAD));
      expect(online)
        .to.contain(expected[id].cards)
        .and.contain('Someone in Oman can top up your number for you');
      expect(online).to.contain('Keep roaming on');
      // Red Bull MOBILE's card rule comes from its former brand's page: marked unconfirmed.
      expect(online.includes('Unconfirmed'), 'unconfirmed card rule').to.equal(id === 'redbull');

      const store = text((await showTab(guide, 'store')).querySelector(ABROAD));
      expect(store).to.contain('A store visit needs someone in Oman.');

      const phone = (await showTab(guide, 'phone')).querySelector(ABROAD)!;
      const calls = [...phone.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      expect(calls).to.deep.equal(expected[id].abroadCalls);
      expect(text(phone).includes('number that can be called from abroad')).to.equal(calls.length === 0);

      expect((await showTab(guide, 'tips')).querySelector(ABROAD)).to.equal(null);
    });

    it(`${id}, in Oman: no "From abroad" box in any tab`, async () => {
      const guide = await Guide.render({ operator: id });
      for (const tab of ['online', 'store', 'phone', 'tips'] as const) {
        const panel = await showTab(guide, tab);
        expect(panel.querySelector(ABROAD), tab).to.equal(null);
        expect(text(panel)).to.not.contain('issued in Oman').and.not.contain('needs someone in Oman');
      }
    });

    it(`${id}: the tips say what to do if the line has lapsed, and why to keep the SIM`, async () => {
      const guide = await Guide.render({ operator: id, tab: 'tips' });
      const tips = guide.text('tips');
      expect(tips).to.contain('If your line has lapsed');
      if (id === 'ooredoo')
        expect(tips).to.contain('reactivate the SIM online').and.contain('SIM Services › SIM Reactivation');
      else expect(tips).to.contain('contact your operator as soon as you can').and.not.contain('reactivate');
      expect(tips).to.contain('regulator (TRA)').and.contain('public resource');
      expect(tips).to.contain('Keep your SIM yourself').and.contain('resold and misused');
      // No day counts: no operator's grace period or regulator's rule has been found.
      // (.lapsed is an internal class: the list has no part of its own.)
      expect(text(guide.panel('tips').querySelector('.lapsed'))).to.not.match(/\d/);
    });
  }

  it('the general guide abroad: advice only, no number', async () => {
    const guide = await Guide.render({ situation: 'abroad', tab: 'phone' });
    const phone = guide.panel('phone').querySelector(ABROAD)!;
    expect(text(phone)).to.contain('+968 number on your operator');
    expect(phone.querySelector('a[href^="tel:"]')).to.equal(null);
  });

  it('the toggle switches this guide only, and the choice stays across tabs', async () => {
    const guide = await Guide.render({ operator: 'friendi' });
    const other = await Guide.render({ operator: 'friendi' });
    const [home, abroad] = guide.byPart('situation-option');
    expect(home.getAttribute('aria-pressed')).to.equal('true');
    expect(guide.byPart('situation')[0].getAttribute('role')).to.equal('group');
    abroad.click();
    await guide.update();
    expect(guide.element.situation).to.equal('abroad');
    expect(abroad.getAttribute('aria-pressed')).to.equal('true');
    expect(home.getAttribute('aria-pressed')).to.equal('false');
    expect(guide.panel('online').querySelector(ABROAD)).to.not.equal(null);
    const phone = await showTab(guide, 'phone');
    expect(phone.querySelector(`${ABROAD} a[href="tel:+96898400000"]`)).to.not.equal(null);
    expect(other.element.situation).to.equal('home');
    expect(other.panel('online').querySelector(ABROAD)).to.equal(null);
    home.click();
    await guide.update();
    expect(guide.panel('phone').querySelector(ABROAD)).to.equal(null);
  });

  it('a bad situation: one warning, the in-Oman guide', async () => {
    let guide!: Guide;
    const warnings = await captureWarnings(async () => {
      guide = await Guide.render({ operator: 'ooredoo', situation: 'mars' });
      guide.element.setAttribute('situation', 'mars');
      await guide.update();
    });
    expect(warnings.filter((w) => w.includes('"mars"'))).to.have.length(1);
    expect(warnings[0]).to.contain('home, abroad');
    expect(guide.element.situation).to.equal('home');
    expect(guide.byPart('abroad')).to.deep.equal([]);
  });
});
