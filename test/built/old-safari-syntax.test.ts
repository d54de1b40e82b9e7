// A syntax error anywhere in the one-file build leaves readers with no guide at all. Regex
// lookbehind is the newest syntax that slipped in once (Safari parses it from 16.4 only);
// the build targets ES2021, which Safari 14 and later read.
import { expect } from '@open-wc/testing';

for (const file of ['/dist/oman-sim-renewal.js', '/dist/oman-sim-renewal.all-languages.js']) {
  describe(`${file}: syntax older Safari can parse`, () => {
    it('has no regular-expression lookbehind', async () => {
      const code = await (await fetch(file)).text();
      expect(code.match(/\(\?<[=!]/g), 'lookbehind groups').to.equal(null);
    });
  });
}
