/**
 * Left-to-right tokens inside Arabic and Urdu text, as the reader sees them: every code,
 * number, host name and menu path reads left to right on screen, and no date is split
 * by its neighbours. English is the control that needs no isolation; the "unisolated"
 * cases show that the measurement catches the defects of 0.1.0.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Guide } from '../support/guide.js';
import { formatCalendarDate, isoDate as inLocaleDigits } from '../../src/i18n/format-date.js';
import { addDays, todayLocal } from '../../src/reminder/ics.js';
import { findToken, glyphsOf, isContiguous, onScreen, readsLeftToRight } from '../support/visual-order.js';
import { waitFor } from '../support/wait.js';

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

const guide = (locale: string, tab: string) => Guide.render({ operator: 'ooredoo', tab, language: locale });

const isoDate = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

for (const locale of ['ar', 'ur', 'en']) {
  describe(`left-to-right tokens in ${locale}`, () => {
    it('hotline numbers and USSD codes read left to right', async () => {
      const phone = await guide(locale, 'phone');
      // The hotlines and codes: each item holds a number to call or a code to dial.
      const items = [...phone.panel('phone').querySelectorAll('li')].filter((item) =>
        item.querySelector('[part~="tel"], code'),
      );
      expect(items.length).to.be.greaterThan(2);
      for (const item of items) expectLeftToRight(item, item.querySelector('a, code')!.textContent!);
    });

    it('the copied code reads left to right in the status, copied or not', async () => {
      fakeClipboard(async () => undefined);
      const copied = await guide(locale, 'phone');
      const status = copied.copyStatusRegion();
      copied.copyButtons[0].click();
      await waitFor(() => status.textContent!.includes('*222*123#'));
      expectLeftToRight(status, '*222*123#');

      fakeClipboard(() => Promise.reject(new Error('blocked')));
      const blocked = await guide(locale, 'phone');
      const failure = blocked.copyStatusRegion();
      blocked.copyButtons[0].click();
      await waitFor(() => failure.textContent!.includes('*222*123#'));
      expectLeftToRight(failure, '*222*123#');
    });

    it('host names and menu paths read left to right', async () => {
      const online = await guide(locale, 'online');
      expectLeftToRight(online.byPart('button-link', 'online')[0], 'shop.ooredoo.om');
      expectLeftToRight(
        online.panel('online').querySelector('.menu-path')!.parentElement!,
        'Quick Payment › Prepaid Recharge',
      );
      const tips = await guide(locale, 'tips');
      expectLeftToRight(
        tips.panel('tips').querySelector('.menu-path')!.parentElement!,
        'SIM Services › SIM Reactivation',
      );
      // The code's tip sits under "More tips": open it, as a reader would, to see it.
      const code = tips.panel('tips').querySelector('code')!;
      const more = code.closest('details');
      if (more) more.open = true;
      expectLeftToRight(code.parentElement!, '*222*123#');
    });

    it('sources: each host reads left to right and its date stays whole', async () => {
      const online = await guide(locale, 'online');
      const sources = await online.openSources();
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
      const tips = await guide(locale, 'tips');
      const expiry = addDays(todayLocal(), 30);
      await tips.enterExpiry(isoDate(expiry));
      const status = tips.reminderStatus;
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
