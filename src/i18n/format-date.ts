/** Calendar dates (no time, no time zone) and day counts written in the reader's language with Intl. */
import { intlLocale } from './intl-locale.js';

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

/** "in 20 days", "tomorrow": a count of days ahead of today. */
export function formatDaysAhead(days: number, locale: string): string {
  const text = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' }).format(days, 'day');
  return locale.startsWith('zh') ? text.replace(SPACE_BEFORE_HAN, '$1') : text;
}
