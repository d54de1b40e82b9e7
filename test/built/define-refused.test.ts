// A page whose registry guard refuses unknown tags (a wrapper around customElements.define
// that throws) gets a console warning and keeps its fallback text — never an exception.
import { expect } from '@open-wc/testing';
import { openModulePage } from '../support/frames.js';

describe('a page that refuses to define the element', () => {
  it('loads without an exception, warns, and keeps the fallback text', async () => {
    const { frame, win } = await openModulePage('/dist/oman-sim-renewal.js', {
      setup: `window.warnings = [];
        const warn = console.warn;
        console.warn = (...args) => { window.warnings.push(args.join(' ')); warn(...args); };
        const define = customElements.define.bind(customElements);
        customElements.define = (name, ...rest) => {
          if (name === 'oman-sim-renewal') throw new Error('tag not allowed here');
          return define(name, ...rest);
        };`,
      body: '<oman-sim-renewal operator="ooredoo"><p>How to top up an Omani SIM</p></oman-sim-renewal>',
    });
    // Module scripts have run by the frame's load event.
    expect(win.loadErrors, 'errors while loading').to.deep.equal([]);
    const warnings = (win as unknown as { warnings: string[] }).warnings;
    expect(warnings.join('\n'))
      .to.contain('refused to define the element')
      .and.contain('tag not allowed here');
    expect(win.document.querySelector('oman-sim-renewal')!.textContent).to.contain('How to top up');
    frame.remove();
  });
});
