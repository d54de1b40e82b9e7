// The build's template minifier (config/minify-template-literals.mjs), tested in Node:
// what it removes, and what it must never touch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseLineBreaks, minifyCss, minifyTemplates } from '../../config/minify-template-literals.mjs';

test('html: whitespace with a line break between tags goes; inside text it becomes one space', () => {
  assert.equal(
    collapseLineBreaks('\n  <ol>\n    <li>One\n      two</li>\n  </ol>\n', true, true),
    '<ol><li>One two</li></ol>',
  );
});

test('html: single-line text and spaces without a line break are kept', () => {
  assert.equal(collapseLineBreaks('<b>a</b> <i>b</i>', true, true), '<b>a</b> <i>b</i>');
});

test('html: a part that is not the template start keeps its leading space before text', () => {
  assert.equal(collapseLineBreaks('\n  text <b>', false, false), ' text <b>');
});

test('css: comments and insignificant whitespace go', () => {
  assert.equal(
    minifyCss('\n  /* why */\n  .a > .b {\n    color: red;\n    margin: 0 auto;\n  }\n'),
    '.a>.b{color:red;margin:0 auto}',
  );
});

test('a module: html`…` and css`…` templates are minified, nested ones too', () => {
  // Around an expression one space stays: the expression may render text.
  const code =
    'const a = html`\n  <p>\n    ${html`\n      <b>x</b>\n    `}\n  </p>\n`;\nconst s = css`\n  p {\n    color: red;\n  }\n`;\n';
  assert.equal(
    minifyTemplates(code),
    'const a = html`<p> ${html`<b>x</b>`} </p>`;\nconst s = css`p{color:red}`;\n',
  );
});

test('a template passed to msg() is never changed, even one spanning lines', () => {
  // msg() looks translations up by a hash of this exact text.
  const code =
    'const t = msg(html`On that site,\n  choose ${path}.`);\nconst u = msg(str`Copied\n ${code}`, { desc: html`x\n y` });\n';
  assert.equal(minifyTemplates(code), code);
});

test('other tags and plain strings are left alone', () => {
  const code = 'const t = svg`\n  <g></g>\n`;\nconst s = "html`\\n  <p>`";\n';
  assert.equal(minifyTemplates(code), code);
});
