// Pages hardened SES-style (lockdown freezes Symbol and
// the other intrinsics) must still get the guide.
import { firstGuide, openModulePage } from '../support/frames.js';

describe('a page with a frozen Symbol (SES lockdown)', () => {
  it('defines and renders the guide', async () => {
    const { frame, win } = await openModulePage('/dist/oman-sim-renewal.js', {
      // As in engines without a native Symbol.metadata (Lit adds one at load).
      setup: 'delete Symbol.metadata; Object.freeze(Symbol);',
      body: '<oman-sim-renewal operator="friendi"></oman-sim-renewal>',
    });
    await firstGuide(win);
    frame.remove();
  });
});
