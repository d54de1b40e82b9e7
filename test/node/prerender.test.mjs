// The guide as HTML in Node (prerender/render.mjs and its command), from the built lib/:
// what feed readers, newsletters, crawlers and readers without JavaScript get.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { renderGuide } from '../../prerender/render.mjs';

/** What a feed reader shows: no scripts, styles or templates (they are inert or stripped). */
const feedView = (/** @type {string} */ html) =>
  html
    .replace(/<template[\s\S]*?<\/template>/g, '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

test('Ooredoo in Simplified Chinese: the steps, hotlines and code, in Chinese, in both forms', () => {
  const html = renderGuide({ operator: 'ooredoo', language: 'zh-Hans' });
  assert.match(html, /^<oman-sim-renewal operator="ooredoo" language="zh-Hans">/);
  assert.match(html, /<template shadowroot(mode)?="open"/);
  const text = feedView(html);
  for (const words of [
    '网上',
    '营业厅',
    '电话',
    '小贴士',
    '在运营商官网或官方App上充值',
    '*222*123#',
    '+968 9501 1500',
  ])
    assert.ok(text.includes(words), words);
  const plain = html.slice(html.indexOf('<article'));
  assert.match(plain, /<a href="tel:\+96895011500">/);
  assert.match(plain, /<a href="https:\/\/shop\.ooredoo\.om\/">/);
  assert.doesNotMatch(plain, /<(button|style|input|select|template)\b/);
  assert.match(plain, /<h4>网上<\/h4>[\s\S]*<h4>营业厅<\/h4>[\s\S]*<h4>电话<\/h4>[\s\S]*<h4>小贴士<\/h4>/);
});

test('Arabic reads right to left; abroad, the abroad steps are in the text', () => {
  const html = renderGuide({ operator: 'friendi', language: 'ar', situation: 'abroad' }, { shadow: false });
  assert.doesNotMatch(html, /<template/);
  assert.match(html, /<article class="oman-sim-renewal-text" lang="ar" dir="rtl">/);
  assert.match(html, /situation="abroad"/);
  assert.ok(feedView(html).includes('+968 9840 0000'));
});

test('npx oman-sim-renewal render prints the same HTML, and says how to use it when asked wrong', () => {
  const cli = (/** @type {string[]} */ args) =>
    execFileSync('node', ['prerender/cli.mjs', ...args], { encoding: 'utf8' });
  const printed = cli(['render', '--operator', 'ooredoo', '--language', 'zh-Hans', '--form', 'plain']);
  assert.equal(printed.trim(), renderGuide({ operator: 'ooredoo', language: 'zh-Hans' }, { shadow: false }));
  assert.throws(() => cli(['draw']), /Usage: oman-sim-renewal render/);
});
