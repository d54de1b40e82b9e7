/**
 * Styles for a guide in any document. Lit adopts one constructed stylesheet per style,
 * made by this window; a browser refuses to adopt it in another document (NotAllowedError).
 * Print-section libraries (react-to-print, printThis) clone the guide into a print iframe,
 * and `adoptNode` moves it there: so each window gets its own copies of the sheets, and a
 * guide moved to another document is styled again when it connects there.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative } from 'lit';

const sheetsByWindow = new WeakMap<Window, CSSStyleSheet[]>();
/** The document each shadow root's styles were adopted for. */
const styledFor = new WeakMap<ShadowRoot, Document>();

const cssTextOf = (style: CSSResultOrNative) =>
  'cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n');

function sheetsFor(view: Window, styles: CSSResultOrNative[]): CSSStyleSheet[] {
  let sheets = sheetsByWindow.get(view);
  if (!sheets) {
    sheets = styles.map((style) => {
      const sheet = new (view as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(cssTextOf(style));
      return sheet;
    });
    sheetsByWindow.set(view, sheets);
  }
  return sheets;
}

/** Gives `root` the element's styles in the document it is in now (once per document). */
export function adoptStylesFor(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  // Adopted sheets are dropped when the root moves to another document, even and back:
  // a root with none is styled again, whatever it was styled for before.
  const emptied = supportsAdoptingStyleSheets && root.adoptedStyleSheets.length === 0;
  if (styledFor.get(root) === doc && !emptied) return;
  // A document without a window (createHTMLDocument, DOMParser) shows nothing: style it once
  // it moves to one, and forget where it was styled, since its sheets are gone.
  const view = doc.defaultView;
  if (!view) {
    styledFor.delete(root);
    return;
  }
  const hadStyleElements = styledFor.has(root) && !supportsAdoptingStyleSheets;
  styledFor.set(root, doc);
  // Without adoptable sheets Lit writes <style> elements, which move with the root.
  if (hadStyleElements) return;
  if (view === window || !supportsAdoptingStyleSheets) adoptStyles(root, styles);
  else root.adoptedStyleSheets = sheetsFor(view, styles);
}
