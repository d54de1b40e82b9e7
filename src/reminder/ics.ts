/**
 * Builds an iCalendar (RFC 5545) file with one all-day reminder before a SIM expires.
 * Pure and dependency-free: no DOM, no `Date.parse`, so it is easy to unit-test and
 * behaves the same in every browser and time zone.
 */

import type { CalendarDate } from '../i18n/format-date.js';

export interface ReminderOptions {
  /** The date the SIM expires. */
  expiry: CalendarDate;
  /** How many whole days before `expiry` the reminder falls. */
  daysBefore: number;
  title: string;
  description: string;
  /** Added to the description and as `URL`, but only if it is a plain `https://` address. */
  url?: string;
  /** Used for `DTSTAMP`; passed in so output is reproducible. */
  now: Date;
  uid: string;
  /** BCP 47 tag, e.g. `ar` or `zh-Hans`; ignored unless well-formed. */
  language?: string;
}

const MS_PER_DAY = 86_400_000;
/** RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;
/** Only absolute https URLs without whitespace or controls, so a URL can never break a content line. */
const SAFE_URL = /^https:\/\/[^\s\u0000-\u001F\u007F]+$/; // eslint-disable-line no-control-regex

// ---------------------------------------------------------------------------
// Calendar dates

/** Days since 1970-01-01 in UTC: UTC has no DST, so differences are always whole days. */
function dayNumber({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(days: number): CalendarDate {
  const date = new Date(days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** True when the fields name a real date: `Date.UTC` would silently roll 2026-02-30 into March. */
function isRealDate(date: CalendarDate): boolean {
  const roundTrip = fromDayNumber(dayNumber(date));
  return roundTrip.year === date.year && roundTrip.month === date.month && roundTrip.day === date.day;
}

/** Parses the `YYYY-MM-DD` value of `<input type="date">`; anything else is `undefined`. */
export function parseDateOnly(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.year < 1900 || date.year > 2200) return undefined;
  return isRealDate(date) ? date : undefined;
}

/** Whole calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The reader's own calendar date (local time), which is what "today" means to them. */
export function todayLocal(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

// ---------------------------------------------------------------------------
// iCalendar formatting

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** RFC 5545 DATE value, `YYYYMMDD`. */
function icsDate({ year, month, day }: CalendarDate): string {
  return pad(year, 4) + pad(month, 2) + pad(day, 2);
}

/** RFC 5545 UTC DATE-TIME in basic format, `YYYYMMDDTHHMMSSZ`. */
function formatUtcDateTime(date: Date): string {
  const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  const time = pad(date.getUTCHours(), 2) + pad(date.getUTCMinutes(), 2) + pad(date.getUTCSeconds(), 2);
  return `${icsDate(day)}T${time}Z`;
}

/** Whether the surrogate at `index` is half of a well-formed pair. */
function isPaired(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const isHigh = code <= 0xdbff;
  const other = text.charCodeAt(isHigh ? index + 1 : index - 1);
  return isHigh ? other >= 0xdc00 && other <= 0xdfff : other >= 0xd800 && other <= 0xdbff;
}

/** RFC 5545 §3.3.11 TEXT escaping, after dropping characters a calendar file cannot carry. */
function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n/g, '\n')
      // Other C0 controls and DEL are not allowed in TEXT values (RFC 5545 §3.1, CONTROL).
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '') // eslint-disable-line no-control-regex
      // Lone surrogates cannot be encoded as UTF-8; make the replacement explicit. (By code
      // point, not with a regex lookbehind: Safari before 16.4 cannot parse one, and the
      // whole file would fail to load there.)
      .replace(/[\uD800-\uDFFF]/g, (char, offset: number, whole: string) =>
        isPaired(whole, offset) ? char : '\uFFFD',
      )
      .replace(/[\\;,]/g, (char) => `\\${char}`)
      .replace(/\n/g, '\\n')
  );
}

/** UTF-8 length of one code point; a lone surrogate counts as U+FFFD, as `TextEncoder` writes it. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 §3.1).
 * Iterating with `for…of` walks whole code points, so a fold never splits a
 * surrogate pair or a multi-byte UTF-8 sequence.
 */
function foldLine(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      folded += `${CRLF} `;
      octets = 1; // The leading space of a continuation line counts towards its 75 octets.
    }
    folded += char;
    octets += size;
  }
  return folded;
}

/** A `NAME;LANGUAGE=…:value` line for a TEXT property. */
function textLine(name: string, text: string, language: string | undefined): string {
  const params = language ? `;LANGUAGE=${language}` : '';
  return `${name}${params}:${escapeText(text)}`;
}

/**
 * An .ics file with one all-day event `daysBefore` days before `expiry`, and an alarm
 * at 09:00 that day. The event is transparent so it never shows the reader as busy.
 */
export function buildReminderIcs(options: ReminderOptions): string {
  const { expiry, daysBefore, title, description, url, now, uid } = options;
  if (!isRealDate(expiry)) throw new RangeError('expiry is not a real calendar date');
  if (!Number.isInteger(daysBefore) || daysBefore < 0) {
    throw new RangeError('daysBefore must be a non-negative whole number');
  }
  if (Number.isNaN(now.getTime())) throw new RangeError('now is an invalid Date');

  const language = options.language && LANGUAGE_TAG.test(options.language) ? options.language : undefined;
  const safeUrl = url !== undefined && SAFE_URL.test(url) ? url : undefined;
  const start = addDays(expiry, -daysBefore);
  const fullDescription = safeUrl ? `${description}\n\n${safeUrl}` : description;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//oman-sim-renewal//Renewal reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    textLine('UID', uid, undefined),
    `DTSTAMP:${formatUtcDateTime(now)}`,
    `DTSTART;VALUE=DATE:${icsDate(start)}`,
    // DTEND is exclusive for all-day events, so a one-day event ends the next day.
    `DTEND;VALUE=DATE:${icsDate(addDays(start, 1))}`,
    textLine('SUMMARY', title, language),
    textLine('DESCRIPTION', fullDescription, language),
    ...(safeUrl ? [`URL:${safeUrl}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    textLine('DESCRIPTION', title, language),
    // Relative to the all-day start (local midnight), so 09:00 on the reminder day.
    'TRIGGER;RELATED=START:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map((line) => foldLine(line) + CRLF).join('');
}
