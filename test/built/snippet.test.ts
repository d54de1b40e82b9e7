// The embed snippet's reserved space has one source, demo/snippet.js: README, the demo page
// and the CLS test page must say exactly the same.
import { expect } from '@open-wc/testing';
import { RESERVE_CSS } from '../../demo/snippet.js';

/** CSS without comments or whitespace, to compare rules however they are laid out. */
const squeeze = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');

async function styleOf(path: string, pattern: RegExp) {
  const text = await (await fetch(path)).text();
  const match = text.match(pattern);
  expect(match, `${path} has the reserved-space rules`).to.not.equal(null);
  return squeeze(match![1]);
}

describe('the embed snippet', () => {
  const expected = squeeze(RESERVE_CSS.join('\n'));

  it("README's snippet reserves space with demo/snippet.js's rules", async () => {
    expect(await styleOf('/README.md', /```html[\s\S]*?<style>([\s\S]*?)<\/style>/)).to.equal(expected);
  });

  it('the demo page and the CLS test page use the same rules', async () => {
    expect(await styleOf('/demo/index.html', /<style id="reserve">([\s\S]*?)<\/style>/)).to.equal(expected);
    expect(await styleOf('/test/pages/embed.html', /<style id="reserve">([\s\S]*?)<\/style>/)).to.equal(
      expected,
    );
  });

  it('reserves space only until the element is defined, only where scripts run, and only for a while', () => {
    const reserving = RESERVE_CSS.filter((line) => /min-height: [1-9]/.test(line));
    expect(reserving.length).to.be.greaterThan(0);
    for (const line of reserving) {
      expect(line).to.contain(':not(:defined)');
      expect(line).to.contain('@media (scripting: enabled)');
    }
    expect(RESERVE_CSS.join('\n')).to.contain('animation: osr-release').and.contain('to { min-height: 0; }');
  });
});
