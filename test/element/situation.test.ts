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
  omantel: { cards: 'A bank card issued outside Oman may be refused', abroadCalls: [] },
  ooredoo: {
    cards: "Ooredoo's Auto Pay (for postpaid bills, in its app) accepts only bank cards issued in Oman",
    abroadCalls: ['tel:+96895011500'],
  },
  vodafone: { cards: 'A bank card issued outside Oman may be refused', abroadCalls: [] },
  friendi: { cards: 'A bank card issued outside Oman may be refused', abroadCalls: ['tel:+96898400000'] },
  redbull: { cards: 'Online top-up may accept only bank cards issued in Oman', abroadCalls: [] },
};

/** How far below the tab list the panel's main action (its first button link) starts. */
function actionDistance(guide: Guide, tab: TabId) {
  const tablist = guide.byPart('tablist')[0].getBoundingClientRect();
  const action = guide.panel(tab).querySelector('[part~="button-link"]')!.getBoundingClientRect();
  return action.top - tablist.bottom;
}

describe('the reader abroad', () => {
  for (const id of OPERATOR_IDS) {
    it(`${id}, abroad: each channel answers in order, after its main action`, async () => {
      const guide = await Guide.render({ operator: id, situation: 'abroad' });
      const onlinePanel = await showTab(guide, 'online');
      const online = text(onlinePanel.querySelector(ABROAD));
      expect(online).to.contain('Card refused?').and.contain(expected[id].cards);
      expect(online).to.contain('Someone you trust in Oman may be able to top up your number');
      expect(online).to.contain('turn off data roaming').and.not.contain('Keep roaming on');
      // Red Bull MOBILE's card rule comes from its former brand's page: marked unconfirmed.
      expect(online.includes('Unconfirmed'), 'unconfirmed card rule').to.equal(id === 'redbull');
      // The main action comes first; the abroad steps follow it.
      const action = onlinePanel.querySelector('[part~="button-link"]')!;
      const box = onlinePanel.querySelector(ABROAD)!;
      expect(action.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(box.querySelector('[part~="share-button"]')).to.not.equal(null);

      const store = text((await showTab(guide, 'store')).querySelector(ABROAD));
      expect(store).to.contain('A store visit needs you in Oman').and.contain('not renew or reactivate');

      const phone = await showTab(guide, 'phone');
      const calls = [...phone.querySelectorAll('a.call[href^="tel:"]')].map((a) => a.getAttribute('href'));
      // The first call button abroad is a +968 number wherever one is sourced.
      if (expected[id].abroadCalls.length) expect(calls[0]).to.equal(expected[id].abroadCalls[0]);
      // Otherwise it says so (no +968 number, or no hotline at all) and offers the website.
      const noNumber = /number that can be called from abroad|could not confirm a hotline/.test(text(phone));
      expect(noNumber).to.equal(expected[id].abroadCalls.length === 0);
      if (noNumber) expect(phone.querySelector('[part~="button-link"]')).to.not.equal(null);

      expect((await showTab(guide, 'tips')).querySelector(ABROAD)).to.equal(null);
    });

    it(`${id}: abroad, the main action is as close under the tabs as in Oman`, async () => {
      const home = await Guide.render({ operator: id });
      const abroad = await Guide.render({ operator: id, situation: 'abroad' });
      for (const tab of ['online', 'store'] as const) {
        await showTab(home, tab);
        await showTab(abroad, tab);
        expect(actionDistance(abroad, tab), tab).to.be.at.most(actionDistance(home, tab) + 1);
      }
    });

    it(`${id}, in Oman: no "From abroad" box in any tab`, async () => {
      const guide = await Guide.render({ operator: id });
      for (const tab of ['online', 'store', 'phone', 'tips'] as const) {
        const panel = await showTab(guide, tab);
        expect(panel.querySelector(ABROAD), tab).to.equal(null);
        expect(text(panel)).to.not.contain('issued outside Oman').and.not.contain('needs you in Oman');
      }
    });

    it(`${id}: "My number stopped working" is one tap from the first screen, with an action`, async () => {
      const guide = await Guide.render({ operator: id });
      const toggle = guide.byPart('lapsed-toggle')[0] as HTMLButtonElement;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(guide.byPart('lapsed')).to.deep.equal([]);
      toggle.click();
      await guide.update();
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const box = guide.byPart('lapsed')[0];
      // Before the tabs: the reader need not find the tips tab.
      const tablist = guide.byPart('tablist')[0];
      expect(box.compareDocumentPosition(tablist) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const action = box.querySelector('[part~="button-link"]')!;
      expect(action.getAttribute('href')).to.match(/^https:\/\//);
      if (id === 'ooredoo') {
        expect(text(box)).to.contain('Try Ooredoo').and.contain('SIM Services › SIM Reactivation');
        expect(text(action)).to.contain('Try SIM Reactivation');
      } else expect(text(box)).to.contain('as soon as you can').and.not.contain('Reactivation');
      expect(text(box)).to.contain('regulator (TRA)').and.contain('public resource');
      // No day counts: no operator's grace period or regulator's rule has been found.
      expect(text(box).replace(/\+968 \d{4} \d{4}/g, '')).to.not.match(/\d/);
      // The tips tab says the same thing.
      await showTab(guide, 'tips');
      const inTips = guide.panel('tips').querySelector('[part~="lapsed"]');
      expect(text(inTips)).to.equal(text(box));
      expect(guide.text('tips')).to.contain('Keep your SIM yourself').and.contain('resold and misused');
    });
  }

  it('the general guide abroad: advice only, no number', async () => {
    const guide = await Guide.render({ situation: 'abroad', tab: 'phone' });
    const phone = guide.panel('phone');
    expect(text(phone)).to.contain('+968 number on your operator');
    expect(phone.querySelector('a[href^="tel:"]')).to.equal(null);
  });

  it('abroad, short numbers are muted and say they may not connect', async () => {
    const guide = await Guide.render({ operator: 'ooredoo', situation: 'abroad', tab: 'phone' });
    const items = [...guide.panel('phone').querySelector('.contacts')!.querySelectorAll('li')];
    expect(items.map((item) => item.querySelector('a')!.getAttribute('href'))).to.deep.equal([
      'tel:+96895011500',
      'tel:1500',
    ]);
    expect(text(items[1])).to.contain('may not connect from abroad');
  });

  it('the share text holds the official recharge page, its menu path and a line for the number', async () => {
    const guide = await Guide.render({ operator: 'ooredoo', situation: 'abroad' });
    const { shareText } = await import('../../src/panels/share.js');
    const message = shareText(guide.element.operatorFacts);
    expect(message).to.contain('Please top up my').and.contain('My number: +968');
    expect(message).to.contain('https://shop.ooredoo.om/').and.contain('Quick Payment › Prepaid Recharge');
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
    expect(phone.querySelector('a.call')!.getAttribute('href')).to.equal('tel:+96898400000');
    expect(other.element.situation).to.equal('home');
    expect(other.panel('online').querySelector(ABROAD)).to.equal(null);
    home.click();
    await guide.update();
    expect(text(guide.panel('phone'))).to.not.contain('called from abroad');
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
