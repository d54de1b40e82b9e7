import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Minifies the text of Lit's css`…` and html`…` tagged templates at build time; the JS
 * minifier leaves template text alone, so without this the shipped file carries every
 * indent and newline of the sources.
 * - css: comments and insignificant whitespace go.
 * - html: only whitespace runs that contain a line break change: between two tags (or a
 *   tag and the template's start or end) they go, which saves a text node per indent;
 *   elsewhere they shrink to one space, which renders the same. Single-line templates are
 *   untouched, and must stay so: msg() finds a template's translation by a hash of its
 *   exact text.
 * The TypeScript parser finds the literals, so nested templates and `${…}` are safe.
 */
export function minifyTemplateLiterals(): Plugin {
  return {
    name: 'minify-template-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node) => {
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
      return { code: output, map: null };
    },
  };
}

function templateParts(template: ts.TemplateLiteral): ts.Node[] {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [template];
  return [template.head, ...template.templateSpans.map((span) => span.literal)];
}

export function collapseLineBreaks(text: string, isStart: boolean, isEnd: boolean): string {
  let result = text.replace(/>\s*\n\s*</g, '><');
  if (isStart) result = result.replace(/^\s*\n\s*(?=<)/, '');
  if (isEnd) result = result.replace(/(?<=>)\s*\n\s*$/, '');
  return result.replace(/\s*\n\s*/g, ' ');
}

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}
