import { expect } from '@open-wc/testing';
import { SHARED } from '../../src/operators/shared.js';

describe('shared facts (data)', () => {
  for (const [name, fact] of Object.entries(SHARED)) {
    it(`${name}: a source URL, a real past check date, and "reported" (news)`, () => {
      expect(new URL(fact.source).protocol).to.match(/^https?:$/);
      expect(new Date(`${fact.checked}T00:00:00Z`).toISOString().slice(0, 10)).to.equal(fact.checked);
      expect(fact.checked <= new Date().toISOString().slice(0, 10)).to.equal(true);
      expect(fact.status).to.equal('reported');
    });
  }
});
