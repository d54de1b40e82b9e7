// Adversarial review, findings 9 and 10: a page can neither change the facts other guides
// show, nor turn a polluted Object.prototype into "official" links or text.
import { expect, html } from '@open-wc/testing';
import { render, type OmanSimRenewal } from '../support/helpers.js';

/** Every panel built (as for print), so all facts are in the shadow root. */
async function allPanels(el: OmanSimRenewal) {
  window.dispatchEvent(new Event('beforeprint'));
  await el.updateComplete;
  return el.shadowRoot!;
}

describe('operator facts are read-only (finding 10)', () => {
  it('operatorFacts is frozen all the way down', async () => {
    const el = await render(html`<oman-sim-renewal operator="ooredoo"></oman-sim-renewal>`);
    const facts = el.operatorFacts!;
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
    const first = await render(html`<oman-sim-renewal operator="friendi" tab="phone"></oman-sim-renewal>`);
    try {
      (first.operatorFacts!.hotlines as unknown[]).push({ value: { dial: '+96890000000' } });
    } catch {
      // expected: frozen
    }
    const second = await render(html`<oman-sim-renewal operator="friendi" tab="phone"></oman-sim-renewal>`);
    expect(second.shadowRoot!.querySelector('a[href="tel:+96890000000"]')).to.equal(null);
    expect(second.shadowRoot!.querySelector('a[href="tel:+96898400000"]')).to.not.equal(null);
  });
});

describe('a polluted Object.prototype after load (finding 9)', () => {
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
    const el = await render(html`<oman-sim-renewal operator="vodafone"></oman-sim-renewal>`);
    const proto = Object.prototype as Record<string, unknown>;
    Object.assign(proto, POLLUTION);
    try {
      el.operator = 'VODAFONE';
      await el.updateComplete;
      const root = await allPanels(el);
      const text = root.textContent!;
      expect(text).to.not.contain('SCAM');
      expect(text).to.contain('Vodafone Oman');
      const hrefs = [...root.querySelectorAll('a')].map((a) => a.href);
      expect(hrefs.filter((href) => !/^https:\/\/www\.vodafone\.om\//.test(href))).to.deep.equal([]);
    } finally {
      for (const key of Object.keys(POLLUTION)) delete proto[key];
    }
  });
});
