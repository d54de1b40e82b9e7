// `--write`: moves a fact's `checked` date to today in its TypeScript source, found by its
// value and source (the data files are read with the TypeScript parser, not by pattern).
import ts from 'typescript';

/** The plain value of a literal expression; identifiers are resolved to file-level consts. */
/** @returns {unknown} */
function evaluate(/** @type {import('typescript').Node} */ node, /** @type {Map<string, string>} */ consts) {
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isIdentifier(node)) return consts.get(node.text);
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((item) => evaluate(item, consts));
  if (ts.isObjectLiteralExpression(node)) {
    /** @type {Record<string, unknown>} */
    const object = {};
    for (const property of node.properties)
      if (ts.isPropertyAssignment(property))
        object[property.name.getText()] = evaluate(property.initializer, consts);
    return object;
  }
  if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) return evaluate(node.expression, consts);
  return undefined;
}

/** A canonical text for comparing values (object keys sorted). */
const canonical = (/** @type {unknown} */ value) =>
  JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );

/**
 * `text` (a data file) with `checked` set to `today` on every fact equal to one of `facts`
 * (same value and source). Returns the new text and how many facts it changed.
 */
export function bumpChecked(
  /** @type {string} */ text,
  /** @type {{ value: unknown, source: string }[]} */ facts,
  /** @type {string} */ today,
) {
  const file = ts.createSourceFile('data.ts', text, ts.ScriptTarget.Latest, true);
  /** @type {Map<string, string>} */
  const consts = new Map();
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const wanted = new Set(facts.map((fact) => canonical([fact.value, fact.source])));
  /** @type {(node: import('typescript').Node) => void} */
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isStringLiteralLike(node.initializer))
      consts.set(node.name.getText(), node.initializer.text);
    if (ts.isObjectLiteralExpression(node)) {
      const props = new Map(
        node.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(), p.initializer]),
      );
      const [value, source, checked] = ['value', 'source', 'checked'].map((name) => props.get(name));
      if (value && source && checked && ts.isStringLiteralLike(checked)) {
        const key = canonical([evaluate(value, consts), evaluate(source, consts)]);
        if (wanted.has(key) && checked.text !== today)
          edits.push({ start: checked.getStart(file), end: checked.getEnd(), text: `'${today}'` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { text: result, changed: edits.length };
}
