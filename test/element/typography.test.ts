/** Typography per script: Chinese spacing, whole dates, no fake italics, digits, printed URLs. */
import { expect } from '@open-wc/testing';
import { emulateMediaOrSkip, resetMedia } from '../support/helpers.js';
import { Guide, isoInDays } from '../support/guide.js';

const guide = (locale: string, tab: string) => Guide.render({ operator: 'ooredoo', tab, language: locale });

/** Text as laid out: runs of white space count as one space. */
const shownText = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const SPACE_AFTER_FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef] /;

describe('typography per script', () => {
  afterEach(resetMedia);

  for (const locale of ['zh-Hans', 'zh-Hant']) {
    it(`${locale}: no ASCII space after "：" or "。" in the caution and the reminder`, async () => {
      const phone = await guide(locale, 'phone');
      expect(shownText(phone.byPart('caution', 'phone')[0])).to.not.match(SPACE_AFTER_FULL_WIDTH);
      const tips = await guide(locale, 'tips');
      for (const daysAhead of [30, 5]) {
        await tips.enterExpiry(isoInDays(daysAhead));
        expect(shownText(tips.reminderStatus)).to.not.match(SPACE_AFTER_FULL_WIDTH);
      }
    });
  }

  it('English keeps the space after "Caution:"', async () => {
    const phone = await guide('en', 'phone');
    expect(shownText(phone.byPart('caution', 'phone')[0])).to.match(/^Caution: Not every/);
  });

  it('Chinese asks for Han–Latin spacing where the browser supports it', async function () {
    if (!CSS.supports('text-autospace', 'normal')) this.skip();
    const zh = await guide('zh-Hans', 'online');
    expect(getComputedStyle(zh.byPart('base')[0]).getPropertyValue('text-autospace')).to.equal('normal');
  });

  it('a formatted date never wraps', async () => {
    const tips = await guide('zh-Hans', 'tips');
    await tips.enterExpiry(isoInDays(30));
    const dates = tips.reminderStatus.querySelectorAll('.date');
    expect(dates.length).to.equal(2);
    for (const date of dates) expect(getComputedStyle(date).whiteSpace).to.equal('nowrap');
  });

  // A badge in the caution colours, upright in every script (issue #12, item 5).
  for (const locale of ['en', 'zh-Hans', 'ar', 'ur']) {
    it(`${locale}: the "unconfirmed" note is an upright badge, never slanted`, async () => {
      const phone = await guide(locale, 'phone');
      expect(getComputedStyle(phone.panel('phone').querySelector('.unconfirmed')!).fontStyle).to.equal(
        'normal',
      );
    });
  }

  it('Bengali numbers its steps with Bengali digits, like its dates', async () => {
    const bn = await guide('bn', 'online');
    expect(getComputedStyle(bn.byPart('steps', 'online')[0]).listStyleType).to.equal('bengali');
    const en = await guide('en', 'online');
    expect(getComputedStyle(en.byPart('steps', 'online')[0]).listStyleType).to.equal('decimal');
  });

  it('printed link addresses are isolated left-to-right text', async function () {
    const ar = await guide('ar', 'online');
    await emulateMediaOrSkip(this, { media: 'print' });
    const after = getComputedStyle(ar.panel('online').querySelector('a[href^="https:"]')!, '::after');
    expect(after.content).to.contain('https://');
    expect(after.unicodeBidi).to.equal('isolate');
    expect(after.direction).to.equal('ltr');
  });
});
