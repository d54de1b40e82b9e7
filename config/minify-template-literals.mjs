import ts from 'typescript';

/**
 * Minifies the text of Lit's css`…` and html`…` tagged templates at build time; the JS
 * minifier leaves template text alone, so without this the shipped file carries every
 * indent and newline of the sources.
 * - css: comments and insignificant whitespace go.
 * - html: only whitespace runs that contain a line break change: between two tags (or a
 *   tag and the template's start or end) they go, which saves a text node per indent; so do
 *   those beside an expression that start or end a line in a block (collapseLineBreaks);
 *   elsewhere they shrink to one space, which renders the same.
 * - A template passed to msg() is never touched: msg() finds its translation by a hash of
 *   the template's exact text, so a changed template would silently lose its translations.
 * The TypeScript parser finds the literals, so nested templates and `${…}` are safe.
 * (Plain JavaScript with JSDoc types, so that `node --test` can test it as it is.)
 *
 * @returns {import('vite').Plugin}
 */
export function minifyTemplateLiterals() {
  return {
    name: 'minify-template-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const output = minifyTemplates(code, id);
      return output === code ? null : { code: output, map: null };
    },
  };
}

/**
 * The source text with its css`…` and html`…` templates minified (msg() templates kept).
 *
 * @param {string} code
 * @param {string} [fileName]
 * @returns {string}
 */
export function minifyTemplates(code, fileName = 'module.ts') {
  if (!/(css|html)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  /** @type {{ start: number; end: number; text: string }[]} */
  const edits = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (isMsgCall(node)) return;
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      /^(css|html)$/.test(node.tag.text)
    ) {
      const isCss = node.tag.text === 'css';
      const parts = templateParts(node.template);
      for (const [index, part] of parts.entries()) {
        // Raw text between the backtick or `}` and the next `${` or backtick.
        const start = part.getStart(source) + 1;
        const end =
          part.getEnd() - (ts.isNoSubstitutionTemplateLiteral(part) || ts.isTemplateTail(part) ? 1 : 2);
        const raw = code.slice(start, end);
        const text = isCss
          ? minifyCss(raw)
          : collapseLineBreaks(raw, index === 0, index === parts.length - 1);
        if (text !== raw) edits.push({ start, end, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let output = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    output = output.slice(0, start) + text + output.slice(end);
  }
  return output;
}

/** @param {ts.Node} node */
const isMsgCall = (node) =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg';

/**
 * @param {ts.TemplateLiteral} template
 * @returns {ts.Node[]}
 */
function templateParts(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [template];
  return [template.head, ...template.templateSpans.map((span) => span.literal)];
}

/**
 * Elements laid out as blocks here: white space beside their tags starts or ends a line,
 * where the browser drops it, so it can go even next to an expression. Inline elements
 * (a, span, strong, bdi, code…) are not listed: a space beside them separates words. Nor is
 * slot, which is `display: contents`, nor summary, whose line starts with its marker (Firefox
 * and Safari show the space after it).
 */
const BLOCKS = 'p|div|ol|ul|li|details|section|form|fieldset|h[1-6]';
/** A button is inline on the outside, but its label starts and ends its own lines. */
const BLOCKS_OR_BUTTON = `${BLOCKS}|button`;
/** A line-breaking white-space run at a part's end: after an opening tag, after a closing one. */
const BEFORE_EXPRESSION = [
  new RegExp(`(<(?:${BLOCKS_OR_BUTTON})\\b[^<>]*>)\\s*\\n\\s*$`),
  new RegExp(`(</(?:${BLOCKS})>)\\s*\\n\\s*$`),
];
/** The same at a part's start: before a closing tag, before an opening one. */
const AFTER_EXPRESSION = [
  new RegExp(`^\\s*\\n\\s*(</(?:${BLOCKS_OR_BUTTON})>)`),
  new RegExp(`^\\s*\\n\\s*(<(?:${BLOCKS})\\b)`),
];

/**
 * @param {string} text one literal part of an html`…` template
 * @param {boolean} isStart the part opens the template
 * @param {boolean} isEnd the part closes the template
 */
export function collapseLineBreaks(text, isStart, isEnd) {
  let result = text.replace(/>\s*\n\s*</g, '><');
  if (isStart) result = result.replace(/^\s*\n\s*(?=<)/, '');
  if (isEnd) result = result.replace(/(?<=>)\s*\n\s*$/, '');
  // Beside an expression: a run with a line break that ends or starts a line goes — after a
  // block's or button's opening tag, before its closing tag, and outside a block's tags
  // (test/built/minified-text.test.ts checks that readers see the same text).
  if (!isEnd) for (const pattern of BEFORE_EXPRESSION) result = result.replace(pattern, '$1');
  if (!isStart) for (const pattern of AFTER_EXPRESSION) result = result.replace(pattern, '$1');
  return result.replace(/\s*\n\s*/g, ' ');
}

/** @param {string} text one literal part of a css`…` template */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
