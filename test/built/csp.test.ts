import { expect } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { openFrame } from '../support/frames.js';
import { STRICT_CSP } from '../support/csp-policy.mjs';

type ProbedWindow = Window & typeof globalThis & { cspViolations: string[]; pageErrors: string[] };

async function openStrictPage(page = 'csp'): Promise<{ frame: HTMLIFrameElement; win: ProbedWindow }> {
  const frame = await openFrame((f) => (f.src = `/test/pages/${page}.html`));
  const win = frame.contentWindow as ProbedWindow;
  await waitFor(
    () => win.customElements.get('oman-sim-renewal') || win.pageErrors.length,
    'the module ran under the CSP',
  );
  return { frame, win };
}

/** The first guide on the page, once rendered. */
async function renderedGuide(win: ProbedWindow) {
  const el = win.document.querySelector('oman-sim-renewal')!;
  await waitFor(() => el.shadowRoot?.querySelector('[role="tab"]'), 'the guide rendered');
  return el;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('strict CSP and Trusted Types', () => {
  it('README shows exactly the policy the tests use', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.split('## Security and privacy')[1].split('\n## ')[0];
    const block = /```\n([^`]+)\n```/.exec(section);
    expect(block?.[1]).to.equal(STRICT_CSP);
  });

  for (const [page, situation] of [
    ['csp-twice', 'the script included twice'],
    ['csp-host-lit-first', 'the page’s own Lit loaded first'],
    ['csp-host-lit-last', 'the page’s own Lit loaded after ours'],
  ]) {
    it(`works with ${situation}, and so does the page’s Lit`, async () => {
      const { frame, win } = await openStrictPage(page);
      const el = await renderedGuide(win);
      expect(el.shadowRoot!.querySelector('a[href="tel:1500"]')).to.not.equal(null);
      const hostCard = win.document.querySelector('host-card');
      if (hostCard) {
        await waitFor(() => hostCard.shadowRoot?.querySelector('p'), 'the page’s own component rendered');
      }
      await settle();
      expect(win.pageErrors, 'errors').to.deep.equal([]);
      expect(win.cspViolations, 'violations').to.deep.equal([]);
      frame.remove();
    });
  }

  it('without constructable stylesheets (Safari < 16.4), window.litNonce styles the guide', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme.includes('window.litNonce'), 'README documents window.litNonce').to.equal(true);
    const { frame, win } = await openStrictPage('csp-old-safari');
    const el = await renderedGuide(win);
    expect(el.shadowRoot!.querySelector('style'), 'Lit fell back to <style>').to.not.equal(null);
    expect(win.getComputedStyle(el.shadowRoot!.querySelector('[role="tablist"]')!).display).to.equal('grid');
    await settle();
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('renders, switches tabs and languages, and builds a reminder with zero violations', async () => {
    const { frame, win } = await openStrictPage();
    const [ooredoo, arabic] = [...win.document.querySelectorAll('oman-sim-renewal')] as (HTMLElement & {
      updateComplete: Promise<unknown>;
      tab: string;
    })[];
    await waitFor(
      () =>
        ooredoo.shadowRoot?.querySelector('[role="tab"]') && arabic.shadowRoot?.querySelector('[role="tab"]'),
      'both guides rendered',
    );

    // Styles apply (adopted style sheets are allowed under style-src 'self').
    expect(win.getComputedStyle(ooredoo.shadowRoot!.querySelector('[role="tablist"]')!).display).to.equal(
      'grid',
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
