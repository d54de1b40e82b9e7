import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../support/frames.js';

/** Exactly the policy README tells strict sites to use (and the test server sends). */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

type ProbedWindow = Window & typeof globalThis & { cspViolations: string[] };

async function openStrictPage(): Promise<{ frame: HTMLIFrameElement; win: ProbedWindow }> {
  const frame = await openFrame((f) => (f.src = '/test/pages/csp.html'));
  const win = frame.contentWindow as ProbedWindow;
  await waitUntil(() => win.customElements.get('oman-sim-renewal'), 'the module ran under the CSP');
  return { frame, win };
}

describe('strict CSP and Trusted Types', () => {
  it('renders, switches tabs and languages, and builds a reminder with zero violations', async () => {
    const { frame, win } = await openStrictPage();
    const [ooredoo, arabic] = [...win.document.querySelectorAll('oman-sim-renewal')] as (HTMLElement & {
      updateComplete: Promise<unknown>;
      tab: string;
    })[];
    await waitUntil(
      () =>
        ooredoo.shadowRoot?.querySelector('[role="tab"]') && arabic.shadowRoot?.querySelector('[role="tab"]'),
    );

    // Styles apply (adopted style sheets are allowed under style-src 'self').
    expect(win.getComputedStyle(ooredoo.shadowRoot!.querySelector('[role="tablist"]')!).display).to.equal(
      'flex',
    );
    expect(ooredoo.shadowRoot!.querySelector('a[href="tel:1500"]')).to.not.equal(null);

    // Interact the way a reader would.
    (ooredoo.shadowRoot!.querySelector('#tab-tips') as HTMLElement).click();
    await ooredoo.updateComplete;
    ooredoo.setAttribute('language', 'zh-Hans');
    await ooredoo.updateComplete;
    const input = arabic.shadowRoot!.querySelector('input[type="date"]') as HTMLInputElement;
    input.value = `${new Date().getFullYear() + 1}-06-15`;
    input.dispatchEvent(new win.Event('input'));
    await arabic.updateComplete;
    const click = win.HTMLAnchorElement.prototype.click;
    win.HTMLAnchorElement.prototype.click = () => {}; // the blob is built; skip the real download
    try {
      (arabic.shadowRoot!.querySelector('.reminder button') as HTMLButtonElement).click();
    } finally {
      win.HTMLAnchorElement.prototype.click = click;
    }

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('the policy really is in force on that page (control)', async () => {
    const { frame, win } = await openStrictPage();
    expect(() => win.eval('1 + 1'), 'eval is blocked').to.throw();
    if ('trustedTypes' in win) {
      expect(() => {
        win.document.body.innerHTML = '<b>x</b>';
      }, 'raw innerHTML is blocked by Trusted Types').to.throw(/TrustedHTML|Sink type mismatch/);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.cspViolations.length).to.be.greaterThan(0);
    frame.remove();
  });
});
