// What a reader on a 360 px phone meets first, in every language: abroad, the main action is
// as close under the tabs as in Oman; "My number stopped working" is on the first screen;
// every chooser and toggle option is wholly in view, at any width and with 200 % text.
import { expect, html } from '@open-wc/testing';
import { Guide } from '../support/guide.js';
import { OPERATOR_IDS } from '../../src/operators/index.js';
import type { TabId } from '../../src/tabs/tabs.js';

const LOCALES = ['en', 'zh-Hans', 'ar', 'zh-Hant', 'ur', 'hi', 'bn', 'ml'];
/** A phone's first screen (360 × 780), and its width less a blog theme's 16 px side margins. */
const SCREEN = 780;

async function guideAt(
  width: number,
  attributes: { language: string; operator?: string; situation?: string },
) {
  const guide = await Guide.render(
    html`<div style="inline-size: ${width - 32}px; font-size: 1rem">
      <oman-sim-renewal
        language=${attributes.language}
        operator=${attributes.operator ?? ''}
        situation=${attributes.situation ?? 'home'}
      ></oman-sim-renewal>
    </div>`,
  );
  await document.fonts.ready;
  return guide;
}

/** How far below the tab list a tab's main action (its first button link) ends. */
async function actionBelowTabs(guide: Guide, tab: TabId) {
  guide.element.tab = tab;
  await guide.update();
  const tablist = guide.byPart('tablist')[0].getBoundingClientRect();
  return (
    guide.panel(tab).querySelector('[part~="button-link"]')!.getBoundingClientRect().bottom - tablist.bottom
  );
}

/** Every chip of the chooser and the toggle lies wholly inside the guide, its label unclipped. */
function expectChipsInView(guide: Guide, label: string) {
  const box = guide.byPart('base')[0].getBoundingClientRect();
  const chips = [...guide.byPart('chooser-option'), ...guide.byPart('situation-option')];
  expect(chips.length, label).to.be.greaterThan(0);
  for (const chip of chips) {
    const rect = chip.getBoundingClientRect();
    const name = `${label}: "${chip.textContent!.trim()}"`;
    expect(rect.left, name).to.be.at.least(box.left - 0.5);
    expect(rect.right, name).to.be.at.most(box.right + 0.5);
    expect(rect.height, name).to.be.at.least(44);
    expect(chip.scrollWidth, `${name} fits`).to.be.at.most(chip.clientWidth + 1);
  }
}

describe('the reader on a phone, in every language', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const language of LOCALES) {
    it(`${language}: abroad, each operator's main action is as close under the tabs as in Oman`, async () => {
      for (const operator of OPERATOR_IDS) {
        const home = await guideAt(360, { language, operator });
        const abroad = await guideAt(360, { language, operator, situation: 'abroad' });
        for (const tab of ['online', 'store'] as const) {
          const [inOman, fromAbroad] = [await actionBelowTabs(home, tab), await actionBelowTabs(abroad, tab)];
          expect(fromAbroad, `${operator} ${tab}: ${fromAbroad} vs ${inOman} px`).to.be.at.most(inOman + 1);
        }
      }
    });

    it(`${language}: "My number stopped working" is on the first screen`, async () => {
      for (const operator of [...OPERATOR_IDS, '']) {
        const guide = await guideAt(360, { language, operator });
        const top = guide.byPart('base')[0].getBoundingClientRect().top;
        const entry = guide.byPart('lapsed-toggle')[0].getBoundingClientRect();
        expect(entry.bottom - top, operator || 'general guide').to.be.at.most(SCREEN);
        expect(entry.height).to.be.at.least(44);
      }
    });

    it(`${language}: every chooser and toggle option wholly in view at 320, 360 and 1280 px and 200 % text`, async () => {
      for (const width of [320, 360, 1280])
        expectChipsInView(await guideAt(width, { language }), `${language} ${width}px`);
      document.documentElement.style.fontSize = '200%';
      const large = await guideAt(360, { language, situation: 'abroad' });
      expectChipsInView(large, `${language} 200%`);
      // The chosen situation stays in view: not scrolled away inside its row.
      const chosen = large
        .byPart('situation-option')
        .find((chip) => chip.getAttribute('aria-pressed') === 'true')!;
      const row = chosen.parentElement!;
      expect(row.scrollWidth, 'the row does not scroll').to.be.at.most(row.clientWidth + 1);
    });
  }
});
