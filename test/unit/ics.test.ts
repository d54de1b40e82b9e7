import { expect } from '@open-wc/testing';
import { addDays, buildReminderIcs, daysBetween, parseDateOnly, todayLocal } from '../../src/reminder/ics.js';
import type { CalendarDate } from '../../src/i18n/format-date.js';

const NOW = new Date(Date.UTC(2026, 11, 20, 8, 5, 9));
const BASE = {
  expiry: { year: 2027, month: 1, day: 5 },
  daysBefore: 7,
  title: 'Renew your SIM',
  description: 'Your prepaid SIM expires soon.',
  now: NOW,
  uid: 'test-uid@oman-sim-renewal',
};

const bytes = (text: string): number => new TextEncoder().encode(text).length;
/** Physical lines, without their CRLF (the file ends with CRLF, so drop the empty tail). */
const physicalLines = (ics: string): string[] => ics.split('\r\n').slice(0, -1);
/** RFC 5545 unfolding: a CRLF followed by one space is removed. */
const contentLines = (ics: string): string[] => physicalLines(ics.replace(/\r\n /g, ''));
const property = (ics: string, name: string): string[] =>
  contentLines(ics).filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

describe('parseDateOnly', () => {
  it('accepts real YYYY-MM-DD dates, including leap days', () => {
    expect(parseDateOnly('2026-06-15')).to.deep.equal({ year: 2026, month: 6, day: 15 });
    expect(parseDateOnly('2028-02-29')).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(parseDateOnly('2000-02-29')).to.deep.equal({ year: 2000, month: 2, day: 29 });
    expect(parseDateOnly('1900-01-01')).to.deep.equal({ year: 1900, month: 1, day: 1 });
    expect(parseDateOnly('2200-12-31')).to.deep.equal({ year: 2200, month: 12, day: 31 });
  });

  it('rejects impossible dates, other formats, junk and out-of-range years', () => {
    const bad = [
      '2027-02-29',
      '2100-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '',
      'junk',
      '2026-1-05',
      '2026/01/05',
      '05-01-2026',
      ' 2026-01-05',
      '2026-01-05T00:00',
      '2026-01-05\n',
      '+02026-01-05',
      '١٤٤٧-٠١-٠٥',
      '1899-12-31',
      '2201-01-01',
    ];
    for (const value of bad) expect(parseDateOnly(value), JSON.stringify(value)).to.equal(undefined);
  });
});

describe('daysBetween and addDays', () => {
  const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

  it('counts whole days across month and year boundaries, negative backwards', () => {
    expect(daysBetween(d(2026, 1, 31), d(2026, 2, 1))).to.equal(1);
    expect(daysBetween(d(2026, 12, 25), d(2027, 1, 5))).to.equal(11);
    expect(daysBetween(d(2027, 1, 5), d(2026, 12, 25))).to.equal(-11);
    expect(daysBetween(d(2028, 2, 28), d(2028, 3, 1))).to.equal(2);
    expect(daysBetween(d(2026, 5, 5), d(2026, 5, 5))).to.equal(0);
  });

  it('is not thrown off by daylight-saving changes', () => {
    // Europe changes on 2026-03-29 and 2026-10-25, the USA on 2026-03-08 and 2026-11-01.
    expect(daysBetween(d(2026, 3, 28), d(2026, 3, 30))).to.equal(2);
    expect(daysBetween(d(2026, 10, 24), d(2026, 10, 26))).to.equal(2);
    expect(daysBetween(d(2026, 3, 7), d(2026, 3, 9))).to.equal(2);
    expect(daysBetween(d(2026, 1, 1), d(2027, 1, 1))).to.equal(365);
    expect(Number.isInteger(daysBetween(d(2026, 3, 1), d(2026, 11, 30)))).to.equal(true);
  });

  it('addDays moves across month, year and leap-day boundaries', () => {
    expect(addDays(d(2027, 1, 5), -7)).to.deep.equal(d(2026, 12, 29));
    expect(addDays(d(2026, 12, 31), 1)).to.deep.equal(d(2027, 1, 1));
    expect(addDays(d(2028, 2, 28), 1)).to.deep.equal(d(2028, 2, 29));
    expect(addDays(d(2027, 2, 28), 1)).to.deep.equal(d(2027, 3, 1));
    expect(addDays(d(2026, 3, 28), 2)).to.deep.equal(d(2026, 3, 30));
    expect(addDays(d(2026, 6, 15), 0)).to.deep.equal(d(2026, 6, 15));
  });

  it('todayLocal uses the local calendar date', () => {
    expect(todayLocal(new Date(2026, 0, 31, 23, 59))).to.deep.equal(d(2026, 1, 31));
    expect(todayLocal(new Date(2026, 11, 31, 0, 1))).to.deep.equal(d(2026, 12, 31));
    const today = todayLocal();
    expect(
      parseDateOnly(
        `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`,
      ),
    ).to.deep.equal(today);
  });
});

describe('buildReminderIcs structure', () => {
  const ics = buildReminderIcs({ ...BASE, url: 'https://example.com/renew' });

  it('ends every line, including the last, with CRLF and has no bare CR or LF', () => {
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(/\n/.test(ics.replace(/\r\n/g, ''))).to.equal(false);
    expect(/\r/.test(ics.replace(/\r\n/g, ''))).to.equal(false);
  });

  it('has the calendar header and balanced BEGIN/END blocks', () => {
    const lines = contentLines(ics);
    expect(lines.slice(0, 5)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//oman-sim-renewal//Renewal reminder//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines[lines.length - 1]).to.equal('END:VCALENDAR');
    const stack: string[] = [];
    for (const line of lines) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      if (line.startsWith('END:')) expect(stack.pop(), line).to.equal(line.slice(4));
    }
    expect(stack).to.deep.equal([]);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).to.have.length(1);
    expect(lines.filter((line) => line === 'BEGIN:VALARM')).to.have.length(1);
  });

  it('is an all-day event daysBefore the expiry, ending the next day', () => {
    expect(property(ics, 'DTSTART')).to.deep.equal(['DTSTART;VALUE=DATE:20261229']);
    expect(property(ics, 'DTEND')).to.deep.equal(['DTEND;VALUE=DATE:20261230']);
    const onExpiry = buildReminderIcs({ ...BASE, daysBefore: 0 });
    expect(property(onExpiry, 'DTSTART')).to.deep.equal(['DTSTART;VALUE=DATE:20270105']);
    expect(property(onExpiry, 'DTEND')).to.deep.equal(['DTEND;VALUE=DATE:20270106']);
  });

  it('has DTSTAMP in UTC, the UID, text, URL, transparency and a 09:00 display alarm', () => {
    expect(property(ics, 'DTSTAMP')).to.deep.equal(['DTSTAMP:20261220T080509Z']);
    expect(property(ics, 'UID')).to.deep.equal(['UID:test-uid@oman-sim-renewal']);
    expect(property(ics, 'SUMMARY')).to.deep.equal(['SUMMARY:Renew your SIM']);
    expect(property(ics, 'DESCRIPTION')).to.deep.equal([
      'DESCRIPTION:Your prepaid SIM expires soon.\\n\\nhttps://example.com/renew',
      'DESCRIPTION:Renew your SIM',
    ]);
    expect(property(ics, 'URL')).to.deep.equal(['URL:https://example.com/renew']);
    expect(property(ics, 'TRANSP')).to.deep.equal(['TRANSP:TRANSPARENT']);
    expect(property(ics, 'ACTION')).to.deep.equal(['ACTION:DISPLAY']);
    expect(property(ics, 'TRIGGER')).to.deep.equal(['TRIGGER;RELATED=START:PT9H']);
    const lines = contentLines(ics);
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM'));
    expect(alarm).to.include('DESCRIPTION:Renew your SIM');
  });

  it('rejects an impossible expiry, a bad daysBefore and an invalid now', () => {
    expect(() => buildReminderIcs({ ...BASE, expiry: { year: 2026, month: 2, day: 30 } })).to.throw(
      RangeError,
    );
    expect(() => buildReminderIcs({ ...BASE, daysBefore: 1.5 })).to.throw(RangeError);
    expect(() => buildReminderIcs({ ...BASE, daysBefore: -1 })).to.throw(RangeError);
    expect(() => buildReminderIcs({ ...BASE, now: new Date(NaN) })).to.throw(RangeError);
  });
});

describe('buildReminderIcs text values', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    const ics = buildReminderIcs({
      ...BASE,
      title: 'a;b,c\\d',
      description: 'one\r\ntwo\nthree\rfour',
    });
    expect(property(ics, 'SUMMARY')).to.deep.equal(['SUMMARY:a\\;b\\,c\\\\d']);
    expect(property(ics, 'DESCRIPTION')[0]).to.equal('DESCRIPTION:one\\ntwo\\nthree\\nfour');
  });

  it('strips control characters but keeps the text around them', () => {
    const ics = buildReminderIcs({
      ...BASE,
      title: 'Re\u0000new\u0007 \u001Byour\u007F\tSIM',
      description: 'a\u0008b\u000Bc\u000Cd',
    });
    expect(property(ics, 'SUMMARY')).to.deep.equal(['SUMMARY:Renew yourSIM']);
    expect(property(ics, 'DESCRIPTION')[0]).to.equal('DESCRIPTION:abcd');
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u001F\u007F]/.test(ics.replace(/\r\n/g, ''))).to.equal(false);
  });

  it('omits a URL that is not https, from both URL and DESCRIPTION', () => {
    for (const url of [
      'http://example.com',
      'javascript:alert(1)',
      'ftp://x',
      'https://a b',
      'https://x\r\nX:1',
    ]) {
      const ics = buildReminderIcs({ ...BASE, url });
      expect(property(ics, 'URL'), url).to.deep.equal([]);
      expect(property(ics, 'DESCRIPTION')[0]).to.equal('DESCRIPTION:Your prepaid SIM expires soon.');
      expect(property(ics, 'X')).to.deep.equal([]);
    }
  });

  it('adds LANGUAGE only for a well-formed tag', () => {
    const zh = buildReminderIcs({ ...BASE, language: 'zh-Hans' });
    expect(property(zh, 'SUMMARY')).to.deep.equal(['SUMMARY;LANGUAGE=zh-Hans:Renew your SIM']);
    expect(property(zh, 'DESCRIPTION')[0]).to.match(/^DESCRIPTION;LANGUAGE=zh-Hans:/);
    for (const language of ['', 'zh_Hans', 'en:x', 'en;X=1', 'toolongtag', 'en-', '-en', 'ar\r\nX']) {
      const ics = buildReminderIcs({ ...BASE, language });
      expect(property(ics, 'SUMMARY'), language).to.deep.equal(['SUMMARY:Renew your SIM']);
      expect(ics).not.to.include('LANGUAGE=');
    }
  });
});

describe('buildReminderIcs line folding', () => {
  const zhTitle =
    '提醒：您的阿曼预付费SIM卡即将到期，请尽快充值或续费，以免号码被停用并分配给他人；充值后请保留收据。'.repeat(
      2,
    );
  const arTitle =
    'تذكير: ستنتهي صلاحية شريحة الاتصال المدفوعة مسبقًا في عُمان قريبًا، يرجى إعادة الشحن أو التجديد؛ احتفظ بالإيصال. 📱';
  const cases: Array<[string, string]> = [
    ['Chinese', zhTitle],
    ['Arabic', arTitle],
    ['emoji', '📱'.repeat(60)],
    ['ASCII', 'x'.repeat(300)],
  ];

  for (const [name, title] of cases) {
    it(`folds a long ${name} title to at most 75 bytes a line and unfolds exactly`, () => {
      const ics = buildReminderIcs({ ...BASE, title, description: title, language: 'ar' });
      const lines = physicalLines(ics);
      for (const line of lines) expect(bytes(line), line).to.be.at.most(75);
      expect(lines.some((line) => line.startsWith(' '))).to.equal(true);
      // No fold splits a surrogate pair (a split pair would encode as U+FFFD).
      for (const line of lines) expect(line).not.to.match(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
      expect(new TextDecoder().decode(new TextEncoder().encode(ics))).to.equal(ics);

      const escaped = title.replace(/[\\;,]/g, (char) => `\\${char}`);
      expect(property(ics, 'SUMMARY')).to.deep.equal([`SUMMARY;LANGUAGE=ar:${escaped}`]);
    });
  }

  it('fills lines close to the limit rather than folding early', () => {
    const ics = buildReminderIcs({ ...BASE, title: 'x'.repeat(300) });
    const summary = physicalLines(ics).filter((line) => line.startsWith('SUMMARY') || line.startsWith(' x'));
    expect(bytes(summary[0])).to.equal(75);
    expect(bytes(summary[1])).to.equal(75);
  });

  it('leaves short lines unfolded', () => {
    const ics = buildReminderIcs(BASE);
    expect(physicalLines(ics).some((line) => line.startsWith(' '))).to.equal(false);
  });
});

describe('buildReminderIcs: text a calendar can carry', () => {
  it('replaces lone surrogates with U+FFFD and keeps surrogate pairs', () => {
    const ics = buildReminderIcs({ ...BASE, title: 'a\uD800b\uDC00c 📅 d\uD83D' });
    expect(property(ics, 'SUMMARY')[0]).to.equal('SUMMARY:a\uFFFDb\uFFFDc 📅 d\uFFFD');
  });
});
