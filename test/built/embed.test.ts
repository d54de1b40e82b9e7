// The blogger's snippet: readers without JavaScript (and crawlers) see the light-DOM
// fallback; with JavaScript the guide replaces it without moving the page.
import { expect } from '@open-wc/testing';
import { openFrame } from '../support/frames.js';
import { waitFor } from '../support/wait.js';

type EmbedWindow = Window & typeof globalThis & { layoutShifts: number[] };

async function openEmbed(query: string): Promise<{ frame: HTMLIFrameElement; win: EmbedWindow }> {
  const frame = await openFrame(
    (f) => (f.src = `/test/pages/embed.html${query}`),
    'width: 800px; height: 1000px; border: 0',
  );
  return { frame, win: frame.contentWindow as EmbedWindow };
}

async function upgradedAndSettled(win: EmbedWindow) {
  const el = win.document.querySelector('oman-sim-renewal')!;
  await waitFor(() => el.shadowRoot?.querySelectorAll('[role="tab"]').length === 4, 'upgraded');
  await new Promise((resolve) => setTimeout(resolve, 500));
  return el;
}

const cumulative = (shifts: number[]) => shifts.reduce((sum, value) => sum + value, 0);

/** The Layout Instability API exists in Chromium only; elsewhere CLS cannot be measured. */
function requireLayoutShiftApi(context: Mocha.Context) {
  if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) context.skip();
}

describe('embed without and with JavaScript', () => {
  it('without JavaScript the fallback summary and official link are shown', async () => {
    const { frame, win } = await openEmbed('?nojs');
    await new Promise((resolve) => setTimeout(resolve, 400));
    const fallback = win.document.getElementById('fallback')!;
    expect(win.customElements.get('oman-sim-renewal')).to.equal(undefined);
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(fallback.querySelector('a')!.getAttribute('href')).to.equal('https://www.ooredoo.om/');
    frame.remove();
  });

  it('after upgrade the guide replaces the fallback', async () => {
    const { frame, win } = await openEmbed('');
    const el = await upgradedAndSettled(win);
    expect(
      win.document.getElementById('fallback')!.getClientRects().length,
      'fallback no longer rendered',
    ).to.equal(0);
    expect(el.shadowRoot!.querySelector('a[href="https://shop.ooredoo.om/"]')).to.not.equal(null);
    frame.remove();
  });

  it('with the reserved height, the upgrade shifts the page by less than 0.01 (CLS)', async function () {
    requireLayoutShiftApi(this);
    const { frame, win } = await openEmbed('');
    await upgradedAndSettled(win);
    expect(cumulative(win.layoutShifts)).to.be.below(0.01);
    frame.remove();
  });

  it('the reserved height is gone once the element is defined', async () => {
    const { frame, win } = await openEmbed('');
    const el = await upgradedAndSettled(win);
    expect(win.getComputedStyle(el).minHeight).to.be.oneOf(['auto', '0px']);
    frame.remove();
  });

  it('without the reserved height the same upgrade does shift the page (control)', async function () {
    requireLayoutShiftApi(this);
    const { frame, win } = await openEmbed('?noreserve');
    await upgradedAndSettled(win);
    expect(cumulative(win.layoutShifts)).to.be.above(0.01);
    frame.remove();
  });
});
