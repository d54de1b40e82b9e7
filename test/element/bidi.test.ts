/**
 * Left-to-right tokens inside Arabic and Urdu text, as the reader sees them: every code,
 * number, host name and menu path reads left to right on screen, and no date is split
 * by its neighbours. English is the control that needs no isolation; the "unisolated"
 * cases show that the measurement catches the defects of 0.1.0.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render, type OmanSimRenewal } from '../support/helpers.js';
import { formatCalendarDate, isoDate as inLocaleDigits } from '../../src/i18n/format-date.js';
import { addDays, todayLocal } from '../../src/reminder/ics.js';
import { findToken, glyphsOf, isContiguous, onScreen, readsLeftToRight } from '../support/visual-order.js';
import { waitFor } from '../support/wait.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Fails with what the screen shows unless `token` reads left to right inside `container`. */
function expectLeftToRight(container: Element, token: string) {
  const glyphs = glyphsOf(container);
  const run = findToken(glyphs, token);
  expect(run, `"${token}" is rendered in: ${container.textContent}`).to.not.equal(undefined);
  expect(
    readsLeftToRight(run!),
    `"${token}" reads left to right; the screen shows: ${onScreen(glyphs)}`,
  ).to.equal(true);
}

/** Fails unless `date` stays in one piece inside `container`. */
function expectWhole(container: Element, date: string) {
  const glyphs = glyphsOf(container);
  const run = findToken(glyphs, date);
  expect(run, `"${date}" is rendered in: ${container.textContent}`).to.not.equal(undefined);
  expect(
    isContiguous(run!, glyphs),
    `"${date}" is not split; the screen shows: ${onScreen(glyphs)}`,
  ).to.equal(true);
}

function fakeClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => ({ writeText }) });
}

const guide = (locale: string, tab: string) =>
  render(html`<oman-sim-renewal operator="ooredoo" tab=${tab} language=${locale}></oman-sim-renewal>`);

const isoDate = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

for (const locale of ['ar', 'ur', 'en']) {
  describe(`left-to-right tokens in ${locale}`, () => {
    it('hotline numbers and USSD codes read left to right', async () => {
      const el = await guide(locale, 'phone');
      const items = $$(el, '#panel-phone ul.contacts li');
      expect(items.length).to.be.greaterThan(2);
      for (const item of items) expectLeftToRight(item, item.querySelector('a, code')!.textContent!);
    });

    it('the copied code reads left to right in the status, copied or not', async () => {
      fakeClipboard(async () => undefined);
      const el = await guide(locale, 'phone');
      const status = $(el, '#panel-phone .copy-status');
      $(el, '#panel-phone button.copy').click();
      await waitFor(() => status.textContent!.includes('*222*123#'));
      expectLeftToRight(status, '*222*123#');

      fakeClipboard(() => Promise.reject(new Error('blocked')));
      const blocked = await guide(locale, 'phone');
      const failure = $(blocked, '#panel-phone .copy-status');
      $(blocked, '#panel-phone button.copy').click();
      await waitFor(() => failure.textContent!.includes('*222*123#'));
      expectLeftToRight(failure, '*222*123#');
    });

    it('host names and menu paths read left to right', async () => {
      const el = await guide(locale, 'online');
      const panel = $(el, '#panel-online');
      expectLeftToRight(panel.querySelector('.button-link')!, 'shop.ooredoo.om');
      expectLeftToRight(
        panel.querySelector('.menu-path')!.parentElement!,
        'Quick Payment › Prepaid Recharge',
      );
      const tips = await guide(locale, 'tips');
      expectLeftToRight($(tips, '#panel-tips .menu-path').parentElement!, 'SIM Services › SIM Reactivation');
      // The code's tip sits under "More tips": open it, as a reader would, to see it.
      const code = $(tips, '#panel-tips code');
      const more = code.closest('details');
      if (more) more.open = true;
      expectLeftToRight(code.parentElement!, '*222*123#');
    });

    it('sources: each host reads left to right and its date stays whole', async () => {
      const el = await guide(locale, 'online');
      const sources = $(el, '.sources') as HTMLDetailsElement;
      sources.open = true;
      const items = [...sources.querySelectorAll('li')];
      expect(items.length).to.be.greaterThan(0);
      for (const item of items) {
        const date = item.querySelector('time')!;
        // Check dates are YYYY-MM-DD (written without Intl, see src/i18n/format-date.ts).
        const shown = inLocaleDigits(date.dateTime, locale);
        expectLeftToRight(item, item.querySelector('bdi[dir="ltr"]')!.textContent!); // the page's name
        expectWhole(item, shown);
        expectLeftToRight(item, shown);
      }
      expectWhole(sources.querySelector('summary')!, inLocaleDigits(isoDate(NEWEST_CHECK), locale));
    });

    it('reminder: the expiry and reminder dates stay whole', async () => {
      const el: OmanSimRenewal = await guide(locale, 'tips');
      const expiry = addDays(todayLocal(), 30);
      const input = $(el, '.reminder input[type="date"]') as HTMLInputElement;
      input.value = isoDate(expiry);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      const status = $(el, '#reminder-status');
      expectWhole(status, formatCalendarDate(expiry, locale, 'long'));
      expectWhole(status, formatCalendarDate(addDays(expiry, -7), locale, 'long'));
    });
  });
}

// The newest check date of Ooredoo's sources (src/operators/ooredoo.ts).
const NEWEST_CHECK = { year: 2026, month: 11, day: 28 };

describe('the measurement catches unisolated tokens (0.1.0 rendering)', () => {
  it('a USSD code interpolated as plain text into Arabic reads reversed', async () => {
    const line = await fixture(html`<p dir="rtl" lang="ar">تم نسخ *222*123#</p>`);
    const run = findToken(glyphsOf(line), '*222*123#')!;
    expect(readsLeftToRight(run), onScreen(glyphsOf(line))).to.equal(false);
  });

  for (const locale of ['ar', 'ur']) {
    it(`a ${locale} check date after a host name is split around it`, async () => {
      const date = formatCalendarDate(NEWEST_CHECK, locale, 'medium');
      const item = await fixture(html`<ul dir="rtl" lang=${locale}>
        <li><a href="#">shop.ooredoo.om</a> · <time>${date}</time></li>
      </ul>`);
      const glyphs = glyphsOf(item);
      expect(isContiguous(findToken(glyphs, date)!, glyphs), onScreen(glyphs)).to.equal(false);
    });
  }
});
