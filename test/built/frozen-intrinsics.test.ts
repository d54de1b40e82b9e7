// Adversarial review, finding 14: pages hardened SES-style (lockdown freezes Symbol and
// the other intrinsics) must still get the guide.
import { expect } from '@open-wc/testing';
import { openFrame } from '../support/frames.js';
import { waitFor } from '../support/wait.js';

describe('a page with a frozen Symbol (SES lockdown)', () => {
  it('defines and renders the guide (finding 14)', async () => {
    const frame = await openFrame(
      (f) =>
        (f.srcdoc = `<!doctype html><html lang="en"><body>
          <script>
            window.loadErrors = [];
            window.addEventListener('error', (e) => window.loadErrors.push(e.message));
            // As in engines without a native Symbol.metadata (Lit adds one at load).
            delete Symbol.metadata;
            Object.freeze(Symbol);
          </script>
          <script type="module" src="/dist/oman-sim-renewal.js"></script>
          <oman-sim-renewal operator="friendi"></oman-sim-renewal>
        </body></html>`),
    );
    const win = frame.contentWindow as Window & { loadErrors: string[] };
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
