// Adversarial review, finding 14: pages hardened SES-style (lockdown freezes Symbol and
// the other intrinsics) must still get the guide.
import { expect } from '@open-wc/testing';
import { openModulePage } from '../support/frames.js';
import { waitFor } from '../support/wait.js';

describe('a page with a frozen Symbol (SES lockdown)', () => {
  it('defines and renders the guide (finding 14)', async () => {
    const { frame, win } = await openModulePage('/dist/oman-sim-renewal.js', {
      // As in engines without a native Symbol.metadata (Lit adds one at load).
      setup: 'delete Symbol.metadata; Object.freeze(Symbol);',
      body: '<oman-sim-renewal operator="friendi"></oman-sim-renewal>',
    });
    await waitFor(
      () => win.customElements.get('oman-sim-renewal') || win.loadErrors.length,
      'the module ran',
    );
    expect(win.loadErrors).to.deep.equal([]);
    const el = win.document.querySelector('oman-sim-renewal')!;
    await waitFor(() => el.shadowRoot?.querySelector('[role="tab"]'), 'the guide rendered');
    frame.remove();
  });
});
