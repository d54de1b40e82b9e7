/** Typography per script: Chinese spacing, whole dates, no fake italics, digits, printed URLs. */
import { expect, html } from '@open-wc/testing';
import { emulateMediaOrSkip, render, resetMedia } from '../support/helpers.js';
import { addDays, todayLocal } from '../../src/reminder/ics.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const guide = (locale: string, tab: string) =>
  render(html`<oman-sim-renewal operator="ooredoo" tab=${tab} language=${locale}></oman-sim-renewal>`);

/** Text as laid out: runs of white space count as one space. */
const shownText = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const SPACE_AFTER_FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef] /;

async function enterExpiry(el: Element, daysAhead: number) {
  const { year, month, day } = addDays(todayLocal(), daysAhead);
  const input = $(el, '.reminder input[type="date"]') as HTMLInputElement;
  input.value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('typography per script', () => {
  afterEach(resetMedia);

  for (const locale of ['zh-Hans', 'zh-Hant']) {
    it(`${locale}: no ASCII space after "：" or "。" in the caution and the reminder`, async () => {
      const el = await guide(locale, 'phone');
      expect(shownText($(el, '#panel-phone .caution'))).to.not.match(SPACE_AFTER_FULL_WIDTH);
      const tips = await guide(locale, 'tips');
      for (const daysAhead of [30, 5]) {
        await enterExpiry(tips, daysAhead);
        expect(shownText($(tips, '#reminder-status'))).to.not.match(SPACE_AFTER_FULL_WIDTH);
      }
    });
  }

  it('English keeps the space after "Caution:"', async () => {
    const el = await guide('en', 'phone');
    expect(shownText($(el, '#panel-phone .caution'))).to.match(/^Caution: Not every/);
  });

  it('Chinese asks for Han–Latin spacing where the browser supports it', async function () {
    if (!CSS.supports('text-autospace', 'normal')) this.skip();
    const el = await guide('zh-Hans', 'online');
    expect(getComputedStyle($(el, '.guide')).getPropertyValue('text-autospace')).to.equal('normal');
  });

  it('a formatted date never wraps', async () => {
    const el = await guide('zh-Hans', 'tips');
    await enterExpiry(el, 30);
    const dates = el.shadowRoot!.querySelectorAll('#reminder-status .date');
    expect(dates.length).to.equal(2);
    for (const date of dates) expect(getComputedStyle(date).whiteSpace).to.equal('nowrap');
  });

  // A badge in the caution colours, upright in every script (issue #12, item 5).
  for (const locale of ['en', 'zh-Hans', 'ar', 'ur']) {
    it(`${locale}: the "unconfirmed" note is an upright badge, never slanted`, async () => {
      const el = await guide(locale, 'phone');
      expect(getComputedStyle($(el, '.unconfirmed')).fontStyle).to.equal('normal');
    });
  }

  it('Bengali numbers its steps with Bengali digits, like its dates', async () => {
    const el = await guide('bn', 'online');
    expect(getComputedStyle($(el, '#panel-online ol.steps')).listStyleType).to.equal('bengali');
    const en = await guide('en', 'online');
    expect(getComputedStyle($(en, '#panel-online ol.steps')).listStyleType).to.equal('decimal');
  });

  it('printed link addresses are isolated left-to-right text', async function () {
    const el = await guide('ar', 'online');
    await emulateMediaOrSkip(this, { media: 'print' });
    const after = getComputedStyle($(el, '#panel-online a[href^="https:"]'), '::after');
    expect(after.content).to.contain('https://');
    expect(after.unicodeBidi).to.equal('isolate');
    expect(after.direction).to.equal('ltr');
  });
});
