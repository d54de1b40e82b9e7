// A page whose Object.prototype carries enumerable values
// (any prototype-pollution bug, or an old library) must still get a working guide.
import { expect } from '@open-wc/testing';
import { firstGuide, openModulePage } from '../support/frames.js';

const FILES = ['/dist/oman-sim-renewal.js', '/dist/oman-sim-renewal.all-languages.js'];

for (const file of FILES) {
  describe(`${file} on a page with a polluted Object.prototype`, () => {
    it('defines the element and renders the guide', async () => {
      const { frame, win } = await openModulePage(file, {
        lang: 'ar',
        setup: `Object.prototype.isAdmin = true;
          Object.prototype.operator = 'x';
          Object.prototype.templates = 1;
          Object.prototype.tab = 'phone';`,
        body: '<oman-sim-renewal operator="omantel"></oman-sim-renewal>',
      });
      const el = await firstGuide(win);
      // In the page's language (Arabic), with the omantel facts, on the default tab.
      expect(el.shadowRoot!.querySelector('.guide')!.getAttribute('lang')).to.equal('ar');
      expect(el.shadowRoot!.querySelector('.title')!.textContent).to.contain('Omantel');
      expect(el.getAttribute('tab')).to.equal('online');
      frame.remove();
    });
  });
}

describe('the built files', () => {
  for (const file of FILES) {
    it(`${file} has no for…in loop (it would walk a polluted Object.prototype)`, async () => {
      const code = await (await fetch(file)).text();
      expect(code.match(/for\s*\(\s*(?:var|let|const)\s+[\w$]+\s+in\s/g) ?? []).to.deep.equal([]);
    });
  }
});
