import { expect } from '@open-wc/testing';
import { OPERATORS, OPERATOR_IDS, operatorIdOf } from '../../src/operators/index.js';
import { factsOf } from '../../src/panels/sources.js';
import { SHARED } from '../../src/operators/shared.js';
import { SOURCE_NAMES } from '../../src/operators/source-names.js';
import {
  OFFICIAL_APP_LISTINGS,
  officialUrl,
  pageName,
  phoneNumber,
  siteName,
} from '../../src/panels/safe-links.js';

const today = new Date().toISOString().slice(0, 10);

describe('operator facts (data)', () => {
  it('covers the five operators', () => {
    expect(Object.keys(OPERATORS)).to.deep.equal(['omantel', 'ooredoo', 'vodafone', 'friendi', 'redbull']);
  });

  for (const id of OPERATOR_IDS) {
    it(`${id}: every fact has a source URL, a real check date and a status`, () => {
      const facts = factsOf(OPERATORS[id]);
      expect(facts.length).to.be.greaterThan(0);
      for (const fact of facts) {
        const label = JSON.stringify(fact.value);
        expect(() => new URL(fact.source), label).to.not.throw();
        expect(new URL(fact.source).protocol, label).to.match(/^https?:$/);
        expect(fact.checked, label).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${fact.checked}T00:00:00Z`).toISOString().slice(0, 10), label).to.equal(
          fact.checked,
        );
        expect(fact.checked <= today, `${label} checked in the future`).to.equal(true);
        expect(['verified', 'reported'], label).to.include(fact.status);
      }
    });

    it(`${id}: its official site is a verified https address on an allowlisted domain`, () => {
      const { site } = OPERATORS[id];
      expect(site.status).to.equal('verified');
      expect(officialUrl(site.value)).to.equal(site.value);
    });

    it(`${id}: every hotline is a dialable number and every code a USSD code`, () => {
      for (const { value } of OPERATORS[id].hotlines)
        expect(phoneNumber(value.dial), value.dial).to.not.equal(undefined);
      for (const { value } of OPERATORS[id].ussd) expect(value.code).to.match(/^\*[\d*]+#$/);
    });
  }

  it('shows no number the research marked unsafe (TRA 1000, Omantel 1239, Renna 1240/*181#)', () => {
    const values = OPERATOR_IDS.flatMap((id) =>
      factsOf(OPERATORS[id]).map((fact) => JSON.stringify(fact.value)),
    );
    for (const unsafe of ['"1000"', '"1239"', '"1240"', '*181#']) {
      expect(
        values.some((value) => value.includes(unsafe)),
        unsafe,
      ).to.equal(false);
    }
  });
});

describe('source names', () => {
  it('every source page has a name a reader understands (no URL slug, no "stadard")', () => {
    const sources = [...OPERATOR_IDS.flatMap((id) => factsOf(OPERATORS[id])), ...Object.values(SHARED)].map(
      (fact) => fact.source,
    );
    for (const source of sources) {
      expect(SOURCE_NAMES[source], source).to.be.a('string');
      expect(SOURCE_NAMES[source]).to.not.match(/stadard|\.aspx|-/);
    }
  });
});

describe('operatorIdOf', () => {
  it('accepts the ids case-insensitively and trimmed', () => {
    expect(operatorIdOf('Omantel')).to.equal('omantel');
    expect(operatorIdOf('  OOREDOO ')).to.equal('ooredoo');
    expect(operatorIdOf('redbull')).to.equal('redbull');
  });

  it('takes renna, the former brand, as Red Bull MOBILE', () => {
    expect(operatorIdOf('Renna')).to.equal('redbull');
  });

  it('gives undefined for absent, empty and unknown values, including object keys', () => {
    for (const value of [undefined, null, '', '  ', 'nawras', 'toString', '__proto__', 'constructor']) {
      expect(operatorIdOf(value), String(value)).to.equal(undefined);
    }
  });
});

describe('link safety', () => {
  it('allows https pages on official domains and their subdomains', () => {
    expect(officialUrl('https://shop.ooredoo.om/')).to.equal('https://shop.ooredoo.om/');
    expect(officialUrl('https://www.tra.gov.om/x')).to.equal('https://www.tra.gov.om/x');
  });

  it('allows an app store only for an operator’s own listing', () => {
    for (const url of [
      'https://apps.apple.com/om/app/x',
      'https://play.google.com/store/apps/details?id=com.attacker.recharge',
      'https://apps.apple.com/app/id1',
    ]) {
      expect(officialUrl(url), url).to.equal(undefined);
    }
    for (const listing of OFFICIAL_APP_LISTINGS) expect(officialUrl(listing)).to.equal(listing);
  });

  it('refuses other schemes, look-alike hosts, credentials and ports', () => {
    for (const url of [
      'http://www.omantel.om/',
      'https://evil-omantel.om/',
      'https://omantel.om.evil.example/',
      'javascript:alert(1)',
      'data:text/html,x',
      'https://user:pw@www.omantel.om/',
      'https://www.omantel.om:8443/',
      'https://t.me/omantel',
      '//www.omantel.om/',
      'not a url',
      '',
      undefined,
    ]) {
      expect(officialUrl(url), String(url)).to.equal(undefined);
    }
  });

  it('names a source by its host', () => {
    expect(siteName('https://www.ooredoo.om/en/x')).to.equal('ooredoo.om');
  });

  it('names a source page by its host and the last readable part of its path', () => {
    const named = (url: string) => pageName(url).join(' › ');
    expect(
      named('https://www.ooredoo.om/en/personal/mobile/mobile-financial-services/express-credit/'),
    ).to.equal('ooredoo.om › express credit');
    expect(named('http://www.ooredoo.om/Personal/Talk/OnTheGo/GeneralTermsConditions.aspx')).to.equal(
      'ooredoo.om › GeneralTermsConditions',
    );
    expect(named('https://www.omantel.om/About%20us/regulatory/stadard-customer-agreement')).to.equal(
      'omantel.om › stadard customer agreement',
    );
    // Numbers, ids and language codes say nothing to a reader: skipped.
    expect(
      named('https://timesofoman.com/article/16107-tra-warns-people-who-buy-mobile-phone-sim-cards'),
    ).to.equal('timesofoman.com › tra warns people who buy…');
    expect(
      named('https://portal.omantel.om/Personal/mobile/Help/FAQ/a5feddf8-3749-43f3/!ut/p/z0/fYy5b/'),
    ).to.equal('portal.omantel.om › FAQ');
    expect(named('https://www.friendimobile.com/en-om/')).to.equal('friendimobile.com');
    expect(named('http://www.muscati.com/2009/04/')).to.equal('muscati.com');
    expect(named('https://shop.ooredoo.om/')).to.equal('shop.ooredoo.om');
  });

  it('formats Omani numbers in +968 form and keeps short codes', () => {
    expect(phoneNumber('+96898400000')).to.deep.equal({
      href: 'tel:+96898400000',
      display: '+968 9840 0000',
    });
    expect(phoneNumber('1500')).to.deep.equal({ href: 'tel:1500', display: '1500' });
    expect(phoneNumber('1500; rm')).to.equal(undefined);
  });
});
