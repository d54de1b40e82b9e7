/** Calendar dates (no time, no time zone) and day counts written in the reader's language. */
import { intlLocale, localDigits, numericDays, phraseGap } from './languages.js';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

// Creating a formatter is slow; one per locale and style serves every guide on the page.
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatCalendarDate(
  { year, month, day }: CalendarDate,
  locale: string,
  dateStyle: 'medium' | 'long',
): string {
  const key = `${locale} ${dateStyle}`;
  let format = formats.get(key);
  if (!format) {
    // UTC on both sides, so the reader's time zone can never shift the day.
    format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

// ICU writes "20 天後" in zh-Hant; Chinese sets no space between a digit and a Han character.
const SPACE_BEFORE_HAN = /(\d) (?=\p{Script=Han})/gu;

// One relative-time formatter per locale serves every guide on the page.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * "in 20 days", "tomorrow", "14 months ago": a time relative to today, in the reader's
 * language and digits.
 */
export function formatRelative(value: number, unit: 'day' | 'month', locale: string): string {
  // Safari < 14 has no RelativeTimeFormat: a plain count ("198 days") instead of a crash.
  if (typeof Intl.RelativeTimeFormat !== 'function') return formatCount(Math.abs(value), unit, locale);
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(intlLocale(locale), {
      numeric: numericDays(locale) ? 'always' : 'auto',
    });
    relativeFormats.set(locale, format);
  }
  if (!Number.isFinite(value)) return '';
  const text = format.format(value, unit);
  return phraseGap(locale) ? text : text.replace(SPACE_BEFORE_HAN, '$1');
}

/** "in 20 days", "tomorrow": a count of days ahead of today. */
export const formatDaysAhead = (days: number, locale: string) => formatRelative(days, 'day', locale);

/** "20 days": a count, in the reader's language and digits. */
const countFormats = new Map<string, Intl.NumberFormat>();

export function formatCount(value: number, unit: 'day' | 'month', locale: string): string {
  try {
    const key = `${locale} ${unit}`;
    let format = countFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit, unitDisplay: 'long' });
      countFormats.set(key, format);
    }
    return format.format(value);
  } catch {
    return String(value);
  }
}

// The first Intl date or number format on a page loads ICU data: 25–40 ms on a cold
// page, more than the rest of a guide's first render. Dates that show on first paint (the
// sources summary) are therefore written without Intl: as ISO 8601 (YYYY-MM-DD), read the
// same way in every language (China's national standard, common in the Gulf and South
// Asia), in the language's everyday digits. Of the guide's languages only Bengali
// defaults to its own digits (CLDR); Arabic, Urdu, Hindi and Malayalam default to 0–9.
/** A YYYY-MM-DD date in the locale's digits, without Intl. */
export const isoDate = (yyyyMmDd: string, locale: string) => localDigits(yyyyMmDd, locale);
