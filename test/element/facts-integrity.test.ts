// A page can neither change the facts other guides
// show, nor turn a polluted Object.prototype into "official" links or text.
import { expect } from '@open-wc/testing';
import { Guide } from '../support/guide.js';

/** Builds every panel (as for print), so all facts are in the guide. */
async function buildAllPanels(guide: Guide) {
  window.dispatchEvent(new Event('beforeprint'));
  await guide.update();
}

const hrefs = (guide: Guide) => guide.links.map((link) => link.getAttribute('href'));

describe('operator facts are read-only', () => {
  it('operatorFacts is frozen all the way down', async () => {
    const facts = (await Guide.render({ operator: 'ooredoo' })).element.operatorFacts!;
    expect(facts.hotlines.length, 'reverse() must have something to move').to.be.greaterThan(1);
    const fake = { value: { dial: '+96890000000', caller: 'any-network' } };
    expect(() => (facts.hotlines as unknown[]).push(fake), 'push').to.throw(TypeError);
    expect(() => facts.hotlines.reverse(), 'reverse').to.throw(TypeError);
    expect(() => Object.assign(facts.site, { value: 'https://evil.example/' }), 'site').to.throw(TypeError);
    expect(() => Object.assign(facts.hotlines[0].value, { dial: '+96890000000' }), 'dial').to.throw(
      TypeError,
    );
  });

  it('a change attempted through one guide never shows in another', async () => {
    const first = await Guide.render({ operator: 'friendi', tab: 'phone' });
    try {
      (first.element.operatorFacts!.hotlines as unknown[]).push({ value: { dial: '+96890000000' } });
    } catch {
      // expected: frozen
    }
    const second = await Guide.render({ operator: 'friendi', tab: 'phone' });
    expect(hrefs(second)).to.not.include('tel:+96890000000');
    expect(hrefs(second)).to.include('tel:+96898400000');
  });
});

describe('a polluted Object.prototype after load', () => {
  const fact = (value: unknown) => ({
    value,
    source: 'https://evil.example/',
    checked: '2026-11-01',
    status: 'verified',
  });
  const POLLUTION: Record<string, unknown> = {
    rechargePage: fact({ url: 'https://play.google.com/store/apps/details?id=com.attacker' }),
    storeLocator: fact('https://apps.apple.com/app/id666'),
    reactivation: fact({ url: 'https://play.google.com/store/apps/details?id=com.attacker2' }),
    app: fact({ name: 'Vodafone Recharge PRO (SCAM)' }),
    prepaidBrand: fact('SCAM: call +96890000000'),
    validity: { value: 'no source' },
  };

  it('shows no planted link, name or text, and does not crash', async () => {
    const guide = await Guide.render({ operator: 'vodafone' });
    const proto = Object.prototype as Record<string, unknown>;
    Object.assign(proto, POLLUTION);
    try {
      guide.element.operator = 'VODAFONE';
      await guide.update();
      await buildAllPanels(guide);
      expect(guide.text()).to.not.contain('SCAM');
      expect(guide.text()).to.contain('Vodafone Oman');
      const addresses = guide.links.map((a) => a.href);
      expect(addresses.filter((href) => !/^https:\/\/www\.vodafone\.om\//.test(href))).to.deep.equal([]);
    } finally {
      for (const key of Object.keys(POLLUTION)) delete proto[key];
    }
  });
});
