// The guide before and without the script: prerendered in Node (prerender/render.mjs, served
// at /prerendered by the test server), as a blog's static site generator or the configurator
// would put it in a post.
import { expect } from '@open-wc/testing';
import { openFrame } from '../support/frames.js';
import { waitFor } from '../support/wait.js';
import { RESERVE_CSS } from '../../demo/snippet.js';

const prerendered = async (query: string) => (await fetch(`/prerendered?${query}`)).text();
const local = `${location.protocol}//${location.host}/dist/oman-sim-renewal.js`;

async function page(body: string) {
  const frame = await openFrame(
    (f) => (f.srcdoc = `<!doctype html><html><body>${body}</body></html>`),
    'width: 400px; height: 900px',
  );
  return { frame, doc: frame.contentDocument! };
}

describe('the guide without the script (JavaScript off, a blocked CDN, a failed integrity check)', () => {
  it('shows the whole guide from its declarative shadow DOM, in Chinese; the plain copy stays hidden', async function () {
    const html = await prerendered('operator=ooredoo&language=zh-Hans');
    const { frame, doc } = await page(html);
    const guide = doc.querySelector('oman-sim-renewal')!;
    // Engines without declarative shadow DOM show the plain copy instead (as feeds do).
    if (!guide.shadowRoot) this.skip();
    const shown = guide.shadowRoot!.querySelector('[role="tabpanel"]:not([hidden])')!;
    expect(shown.textContent).to.contain('在运营商官网或官方App上充值');
    expect(guide.getBoundingClientRect().height).to.be.greaterThan(300);
    const plain = guide.querySelector('article')!;
    expect(plain.getBoundingClientRect().height, 'the plain copy is not drawn too').to.equal(0);
    frame.remove();
  });

  it("a feed reader's view (scripts, styles and templates stripped) reads: steps, hotline and code", async () => {
    const html = await prerendered('operator=ooredoo&language=zh-Hans');
    const feed = new DOMParser().parseFromString(html, 'text/html');
    feed.querySelectorAll('template, script, style').forEach((node) => node.remove());
    const text = feed.body.textContent!.replace(/\s+/g, ' ');
    for (const words of ['网上', '电话', '小贴士', '*222*123#', '+968 9501 1500', '输入你的阿曼号码'])
      expect(text, words).to.contain(words);
  });

  it('a failed script leaves no band taller than the fallback: the reserved space is let go', async () => {
    const plain = await prerendered('operator=ooredoo&language=en&form=plain');
    const { frame, doc } = await page(
      `<style>${RESERVE_CSS.join('\n')}</style><script type="module" src="/no-such-file.js"></script>${plain}`,
    );
    const guide = doc.querySelector('oman-sim-renewal') as HTMLElement;
    const fallback = guide.querySelector('article')!;
    // Reserved while the script may still come, then released (a CSS animation, not a timer).
    if (getComputedStyle(guide).minHeight !== '0px')
      await new Promise((resolve) => guide.addEventListener('animationend', resolve, { once: true }));
    expect(getComputedStyle(guide).minHeight).to.equal('0px');
    expect(guide.getBoundingClientRect().height).to.be.at.most(fallback.getBoundingClientRect().height + 1);
    frame.remove();
  });
});

describe('the guide with the script, over prerendered content', () => {
  it('upgrades to one guide, without moving the page (CLS < 0.01)', async () => {
    const html = await prerendered('operator=ooredoo&language=zh-Hans');
    const { frame, doc } = await page(
      `<script>
        window.shifts = 0;
        try {
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        } catch {}
      </script>${html}<p id="after">After the guide.</p><script type="module" src="${local}"></script>`,
    );
    const win = frame.contentWindow as Window & { shifts: number };
    const guide = doc.querySelector('oman-sim-renewal')!;
    await waitFor(() => win.customElements.get('oman-sim-renewal'), 'the script ran');
    await (guide as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    expect(guide.shadowRoot!.querySelectorAll('[role="tablist"]')).to.have.length(1);
    expect(guide.shadowRoot!.querySelectorAll('.guide')).to.have.length(1);
    expect(guide.shadowRoot!.querySelectorAll('[role="tab"]')).to.have.length(4);
    expect(win.shifts, 'cumulative layout shift').to.be.below(0.01);
    frame.remove();
  });
});
