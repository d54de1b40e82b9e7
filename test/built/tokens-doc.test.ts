// The theme tokens have one source, the table in src/styles/tokens.ts. The element's JSDoc
// restates it for the custom-elements manifest (and README's table); this keeps them equal.
// Needs `npm run analyze` (part of npm run build).
import { expect } from '@open-wc/testing';
import { TOKENS, type Token } from '../../src/styles/tokens.js';

/**
 * The default as the JSDoc states it: the table's `auto` value, or, where that is a long
 * expression, what it amounts to — a mix of the text colour, the fixed fallback behind
 * the page's own tokens or the light/dark pair, the upper bound of a clamp().
 */
function documentedDefault({ auto, light }: Token): string {
  const mix = auto.match(/^color-mix\(in srgb, currentColor (\d+)%, transparent\)$/);
  if (mix) return `text colour at ${mix[1]}%`;
  if (/^(var|light-dark)\(/.test(auto)) return light;
  const clamp = auto.match(/^clamp\(.*, ([^,]+)\)$/);
  return clamp ? clamp[1] : auto;
}

interface CssProperty {
  name: string;
  default?: string;
  description?: string;
}

async function documentedProperties(): Promise<CssProperty[]> {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'run npm run build (or npm run analyze) first').to.equal(true);
  const manifest = await response.json();
  const element = manifest.modules
    .flatMap((module: { declarations?: { tagName?: string }[] }) => module.declarations ?? [])
    .find((declaration: { tagName?: string }) => declaration.tagName === 'oman-sim-renewal');
  return element.cssProperties;
}

/** A theme value as the JSDoc words it: "#d4a72c at 22% over the background" for a mix. */
function documentedValue(value: string): string {
  const mix = value.match(/^color-mix\(in srgb, (#[0-9a-f]+) (\d+)%, var\(--_bg\)\)$/);
  return mix ? `${mix[1]} at ${mix[2]}% over the background` : value;
}

describe('theme tokens', () => {
  it('the manifest documents exactly the table, in its order', async () => {
    const documented = await documentedProperties();
    expect(documented.map((p) => p.name)).to.deep.equal(TOKENS.map((t) => t.name));
  });

  it("each documented default and theme values are the table's", async () => {
    const documented = await documentedProperties();
    for (const token of TOKENS) {
      const doc = documented.find((p) => p.name === token.name)!;
      expect(doc.default, token.name).to.equal(documentedDefault(token));
      if (token.light !== token.dark) {
        expect(doc.description, token.name).to.contain(`theme="light": ${documentedValue(token.light)}`);
        expect(doc.description, token.name).to.contain(`theme="dark": ${documentedValue(token.dark)}`);
      }
    }
  });
});
