/**
 * Where each character of rendered text sits on screen, to check what a reader sees in
 * mixed-direction text: that a left-to-right token reads left to right, and that a date
 * is not split by its neighbours. Positions come from `Range.getClientRects()` per
 * character, which every engine supports; comparisons allow a pixel of tolerance.
 */

export interface Glyph {
  char: string;
  left: number;
  right: number;
  /** The vertical middle, to tell lines apart. */
  middle: number;
}

const TOLERANCE = 1;
const INVISIBLE = /[\s\p{Cf}]/u;
const INVISIBLES = /[\s\p{Cf}]/gu;

/** Every visible character under `root` (shadow roots included), in logical (DOM) order. */
export function glyphsOf(root: Node): Glyph[] {
  const glyphs: Glyph[] = [];
  const range = document.createRange();
  const visit = (node: Node) => {
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        // Spaces, isolates and direction marks are not seen.
        if (!rect || INVISIBLE.test(text[i])) continue;
        glyphs.push({
          char: text[i],
          left: rect.left,
          right: rect.right,
          middle: (rect.top + rect.bottom) / 2,
        });
      }
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return glyphs;
}

/** The run of glyphs that spells `token` (its spaces and marks left out), or undefined. */
export function findToken(glyphs: Glyph[], token: string): Glyph[] | undefined {
  const wanted = token.replace(INVISIBLES, '');
  const text = glyphs.map((glyph) => glyph.char).join('');
  const start = text.indexOf(wanted);
  return start < 0 ? undefined : glyphs.slice(start, start + wanted.length);
}

const sameLine = (a: Glyph, b: Glyph) => Math.abs(a.middle - b.middle) < TOLERANCE * 4;

/** What the screen shows, left to right, line by line: for messages that explain a failure. */
export function onScreen(glyphs: Glyph[]): string {
  const lines: Glyph[][] = [];
  for (const glyph of glyphs) {
    const line = lines.find((candidate) => sameLine(candidate[0], glyph));
    if (line) line.push(glyph);
    else lines.push([glyph]);
  }
  return lines
    .map((line) =>
      [...line]
        .sort((a, b) => a.left - b.left)
        .map((g) => g.char)
        .join(''),
    )
    .join(' / ');
}

/** Each glyph of the run stands to the right of the one before it (on the same line). */
export function readsLeftToRight(run: Glyph[]): boolean {
  return run.every((glyph, i) => {
    const previous = run[i - 1];
    if (!previous || !sameLine(previous, glyph)) return true;
    return glyph.left + glyph.right > previous.left + previous.right + TOLERANCE;
  });
}

/** No glyph outside the run sits between the run's glyphs on any of its lines. */
export function isContiguous(run: Glyph[], all: Glyph[]): boolean {
  return run.every((anchor) => {
    const line = run.filter((glyph) => sameLine(glyph, anchor));
    const from = Math.min(...line.map((glyph) => glyph.left)) + TOLERANCE;
    const to = Math.max(...line.map((glyph) => glyph.right)) - TOLERANCE;
    return all.every((glyph) => {
      if (run.includes(glyph) || !sameLine(glyph, anchor)) return true;
      const centre = (glyph.left + glyph.right) / 2;
      return centre < from || centre > to;
    });
  });
}
