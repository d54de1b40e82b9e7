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
  const code =
    'const a = html`\n  <span>\n    ${html`\n      <b>x</b>\n    `}\n  </span>\n`;\nconst s = css`\n  p {\n    color: red;\n  }\n`;\n';
  assert.equal(
    minifyTemplates(code),
    'const a = html`<span> ${html`<b>x</b>`} </span>`;\nconst s = css`p{color:red}`;\n',
  );
});

test('html: beside an expression, a line break between inline content leaves one space', () => {
  // The expression may render text: "Caution: ${text}" keeps its space, as do two expressions.
  assert.equal(
    collapseLineBreaks('<strong>Caution:</strong>\n  ', true, false),
    '<strong>Caution:</strong> ',
  );
  assert.equal(collapseLineBreaks('\n  ', false, false), ' ');
  assert.equal(collapseLineBreaks('</button>\n  ', true, false), '</button> ');
  assert.equal(collapseLineBreaks('\n  <a href="x">', false, false), ' <a href="x">');
});

test('html: beside an expression, white space that starts or ends a line in a block goes', () => {
  // Inside a block's or a button's tags, and outside a block's, it would be dropped anyway:
  // here it would only cost a text node per guide.
  assert.equal(collapseLineBreaks('<li class="a">\n  ', true, false), '<li class="a">');
  assert.equal(collapseLineBreaks('\n  </p>', false, true), '</p>');
  assert.equal(collapseLineBreaks('<button type="button">\n  ', true, false), '<button type="button">');
  assert.equal(collapseLineBreaks('\n  </button>\n  ', false, false), '</button> ');
  assert.equal(collapseLineBreaks('\n  </li>\n  <li>\n  ', false, false), '</li><li>');
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
