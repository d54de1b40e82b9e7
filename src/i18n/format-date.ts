/** Calendar dates (no time, no time zone) written in the reader's language with Intl. */

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
    format = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}
