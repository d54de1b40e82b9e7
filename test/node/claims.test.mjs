// The claims ledger (scripts/check-claims.mjs): every sentence classified, hedges kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimProblems, projectProblems } from '../../scripts/check-claims.mjs';

const modules = { ooredoo: "ussd: [], reactivation: { url: '' }" };
const readModule = (/** @type {string} */ name) => modules[/** @type {'ooredoo'} */ (name)];

test('every sentence of the guide is classified, and every hedge survives translation', () => {
  assert.deepEqual(projectProblems(), []);
});

test('an unclassified sentence fails', () => {
  const catalogs = { ar: { s1: { source: 'Always works from abroad.', target: 'يعمل دائمًا من الخارج.' } } };
  const problems = claimProblems(catalogs, {}, readModule);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /s1 is not classified/);
});

test('a fact must name a fact the data holds', () => {
  const catalogs = { ar: { s1: { source: 'Dial *100#.', target: 'اطلب *100#.' } } };
  const ledger = { s1: { kind: 'fact', facts: ['ooredoo.balanceCode'], en: 'Dial *100#.' } };
  assert.match(claimProblems(catalogs, ledger, readModule)[0], /no fact "ooredoo.balanceCode"/);
  ledger.s1.facts = ['ooredoo.ussd'];
  assert.deepEqual(claimProblems(catalogs, ledger, readModule), []);
});

test('a translation that drops the hedge of its English fails', () => {
  const en = 'A foreign card may be refused.';
  const ledger = { s1: { kind: 'advice', hedge: true, en } };
  const firm = { 'zh-Hans': { s1: { source: en, target: '外国银行卡会被拒绝。' } } };
  assert.match(claimProblems(firm, ledger, readModule)[0], /drops the hedge/);
  const hedged = { 'zh-Hans': { s1: { source: en, target: '外国银行卡可能会被拒绝。' } } };
  assert.deepEqual(claimProblems(hedged, ledger, readModule), []);
});

test('a ledger entry whose sentence is gone fails', () => {
  const ledger = { gone: { kind: 'advice', en: 'Old advice.' } };
  assert.match(claimProblems({ ar: {} }, ledger, readModule)[0], /no longer a message/);
});
