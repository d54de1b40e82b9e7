// The theme tokens have one source, the table in src/styles/tokens.ts. The element's JSDoc
// restates it for the custom-elements manifest (and README's table); this keeps them equal.
// Needs `npm run analyze` (part of npm run build).
import { expect } from '@open-wc/testing';
import { TOKENS, documentedDefault } from '../../src/styles/tokens.js';

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
      expect(doc.description, token.name).to.contain(token.summary);
      if (token.light !== token.dark) {
        expect(doc.description, token.name).to.contain(`theme="light": ${token.light}`);
        expect(doc.description, token.name).to.contain(`theme="dark": ${token.dark}`);
      }
    }
  });
});
