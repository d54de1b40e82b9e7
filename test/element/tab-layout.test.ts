// The tab strip is one segmented control at phone widths and with large text, in every
// language: four across, 2×2 or one column — never a lone tab on a row — with equal cells,
// 44 px touch targets and no label spilling out of its cell.
import { expect, html } from '@open-wc/testing';
import { Guide } from '../support/guide.js';

const LOCALES = ['en', 'zh-Hans', 'ar', 'zh-Hant', 'ur', 'hi', 'bn', 'ml'];
/** Phone viewports, less a blog theme's usual 16 px side margins. */
const PHONES = [320, 360, 414];

async function guideAt(locale: string, viewport: number) {
  const guide = await Guide.render(
    html`<div style="inline-size: ${viewport - 32}px; font-size: 1rem">
      <oman-sim-renewal language=${locale} operator="ooredoo"></oman-sim-renewal>
    </div>`,
  );
  await document.fonts.ready;
  return guide;
}

/** The rows of tabs, by their top edge, and each row's tab count. */
function layoutOf(guide: Guide) {
  const rects = guide.tabs.map((tab) => tab.getBoundingClientRect());
  const rows = new Map<number, DOMRect[]>();
  for (const rect of rects) {
    const top = [...rows.keys()].find((key) => Math.abs(key - rect.top) < 2) ?? rect.top;
    rows.set(top, [...(rows.get(top) ?? []), rect]);
  }
  return { rects, rowSizes: [...rows.values()].map((row) => row.length) };
}

function expectOneUnit(guide: Guide, label: string) {
  const { rects, rowSizes } = layoutOf(guide);
  const columns = rowSizes[0];
  expect([1, 2, 4], `${label}: columns ${rowSizes}`).to.include(columns);
  expect(rowSizes, `${label}: every row full (no lone tab)`).to.deep.equal(Array(4 / columns).fill(columns));
  const widths = rects.map((rect) => rect.width);
  expect(Math.max(...widths) - Math.min(...widths), `${label}: equal cells ${widths}`).to.be.below(1);
  for (const rect of rects) expect(rect.height, `${label}: touch target`).to.be.at.least(44);
  const box = guide.byPart('base')[0].getBoundingClientRect();
  for (const tab of guide.tabs) {
    const rect = tab.getBoundingClientRect();
    expect(tab.scrollWidth, `${label}: "${tab.textContent!.trim()}" fits its cell`).to.be.at.most(
      tab.clientWidth,
    );
    expect(rect.left, `${label}: inside the guide`).to.be.at.least(box.left);
    expect(rect.right, `${label}: inside the guide`).to.be.at.most(box.right);
  }
  return columns;
}

describe('tab strip geometry', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const locale of LOCALES) {
    it(`${locale}: one unit at 320, 360 and 414 px`, async () => {
      for (const viewport of PHONES)
        expectOneUnit(await guideAt(locale, viewport), `${locale} ${viewport}px`);
    });

    it(`${locale}: one unit with 200 % text at 360 px`, async () => {
      document.documentElement.style.fontSize = '200%';
      expectOneUnit(await guideAt(locale, 360), `${locale} 200%`);
    });
  }

  it('four across on a desktop column, in English', async () => {
    expect(expectOneUnit(await guideAt('en', 720), 'en 720px')).to.equal(4);
  });
});
