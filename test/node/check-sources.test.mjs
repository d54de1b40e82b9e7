// Offline tests of `npm run check-sources`: a fixture server on 127.0.0.1 plays every case
// (value present, absent, 404, redirect, timeout, not HTML). Run: node --test test/node/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import {
  checkFacts,
  fetchPage,
  isFailure,
  needlesOf,
  normalise,
  USER_AGENT,
} from '../../scripts/check-sources/check.mjs';
import { bumpChecked } from '../../scripts/check-sources/write.mjs';
import { loadFacts } from '../../scripts/check-sources/load.mjs';

/** @type {{ url?: string, agent?: string }[]} */
const requests = [];
let base = '';
const server = createServer((request, response) => {
  requests.push({ url: request.url, agent: request.headers['user-agent'] });
  const html = (/** @type {string} */ body) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html><body>${body}</body></html>`);
  };
  switch (request.url) {
    case '/present':
      return html(
        '<header>Call us <b>+968&nbsp;9840 0000</b></header><p>Omani local debit/credit cards ONLY</p>',
      );
    case '/absent':
      return html('<p>Call us +968 2200 1503</p>');
    case '/moved':
      response.writeHead(301, { location: '/present' });
      return response.end();
    case '/slow':
      return setTimeout(() => html('too late'), 2000).unref();
    case '/pdf':
      response.writeHead(200, { 'content-type': 'application/pdf' });
      return response.end('%PDF-1.4');
    default:
      response.writeHead(404, { 'content-type': 'text/html' });
      return response.end('not found');
  }
});

before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const hotline = (/** @type {string} */ path, status = 'verified') => ({
  value: { dial: '+96898400000', caller: 'any-network' },
  source: `${base}${path}`,
  checked: '2026-11-28',
  status,
});
const readPage = (/** @type {string} */ url) => fetchPage(url, { timeoutMs: 300 });
const check = async (/** @type {import('../../scripts/check-sources/check.mjs').Fact} */ fact) =>
  (await checkFacts([{ key: 'k', file: 'f', fact }], { readPage }))[0];

test('normalises digits, spaces, entities and case', () => {
  assert.equal(normalise('Call +968&nbsp;9840 0000'), 'call +96898400000');
  assert.equal(normalise('Omani   LOCAL\n debit'), 'omani local debit');
});

test('looks for the value, not our own labels; a quote wins', () => {
  assert.deepEqual(needlesOf(hotline('/x')), ['+96898400000']);
  assert.deepEqual(
    needlesOf({ value: { url: 'https://shop.ooredoo.om/', path: ['Quick Payment', 'Prepaid Recharge'] } }),
    ['shop.ooredoo.om', 'Quick Payment', 'Prepaid Recharge'],
  );
  assert.deepEqual(needlesOf({ value: { issuedIn: 'oman', scope: 'auto-pay' } }), []);
  assert.deepEqual(needlesOf({ value: { issuedIn: 'oman' }, quote: 'cards only' }), ['cards only']);
});

test('present: the value is on the page (with spaces, &nbsp; and case)', async () => {
  assert.equal((await check(hotline('/present'))).result, 'present');
  assert.equal(
    (await check({ ...hotline('/present'), value: 'x', quote: 'omani local debit/credit cards only' }))
      .result,
    'present',
  );
});

test('changed: the page no longer shows the value, and a verified fact fails the run', async () => {
  const result = await check(hotline('/absent'));
  assert.equal(result.result, 'changed');
  assert.match(result.reason ?? '', /\+96898400000/);
  assert.equal(isFailure(result), true);
  assert.equal(isFailure(await check(hotline('/absent', 'reported'))), false);
});

test('gone: a 404 fails a verified fact', async () => {
  const result = await check(hotline('/nowhere'));
  assert.equal(result.result, 'gone');
  assert.equal(isFailure(result), true);
});

test('a redirect is followed', async () => {
  assert.equal((await check(hotline('/moved'))).result, 'present');
});

test('a timeout is unreachable (reported, not a failure)', async () => {
  const result = await check(hotline('/slow'));
  assert.equal(result.result, 'unreachable');
  assert.match(result.reason ?? '', /no answer/);
  assert.equal(isFailure(result), false);
});

test('a page that is not HTML is unreadable', async () => {
  const result = await check(hotline('/pdf'));
  assert.equal(result.result, 'unreadable');
  assert.match(result.reason ?? '', /application\/pdf/);
});

test('each URL is fetched once, with a polite user agent', async () => {
  requests.length = 0;
  const facts = ['a', 'b', 'c'].map((key) => ({ key, file: 'f', fact: hotline('/present') }));
  const results = await checkFacts(facts, { readPage });
  assert.deepEqual(
    results.map((r) => r.result),
    ['present', 'present', 'present'],
  );
  assert.equal(requests.length, 1);
  assert.equal(requests[0].agent, USER_AGENT);
});

test('--write moves `checked` to today only on the facts given (found verbatim)', () => {
  const source = `const TERMS = 'https://example.om/terms';
export const x = {
  site: { value: 'https://example.om/', source: TERMS, checked: '2026-11-28', status: 'verified' },
  hotlines: [
    { value: { dial: '+96898400000', caller: 'any-network' }, source: TERMS, checked: '2026-11-28', status: 'verified' },
    { value: { dial: '1500', caller: 'own-network' }, source: TERMS, checked: '2026-11-28', status: 'verified' },
  ],
};
`;
  const found = [
    { value: { caller: 'any-network', dial: '+96898400000' }, source: 'https://example.om/terms' },
  ];
  const { text, changed } = bumpChecked(source, found, '2027-01-05');
  assert.equal(changed, 1);
  assert.match(text, /dial: '\+96898400000'.*checked: '2027-01-05'/);
  assert.match(text, /dial: '1500'.*checked: '2026-11-28'/);
  assert.match(text, /value: 'https:\/\/example.om\/'.*checked: '2026-11-28'/);
});

test('reads every fact from src/operators, with the file to write it back to', async () => {
  const facts = await loadFacts();
  const keys = facts.map((entry) => entry.key);
  for (const key of [
    'ooredoo.site',
    'ooredoo.hotlines[1]',
    'ooredoo.foreignCards',
    'shared.leftoverSimsMisused',
  ])
    assert.ok(keys.includes(key), key);
  const cards = facts.find((entry) => entry.key === 'redbull.foreignCards');
  assert.equal(cards?.file, 'src/operators/redbull.ts');
  assert.equal(cards?.fact.status, 'reported');
  for (const { key, fact } of facts) assert.match(fact.source, /^https?:\/\//, key);
});
