import { expect } from '@open-wc/testing';
import { Guide, isoInDays, textOf } from '../support/guide.js';

/** Clicks the reminder button and returns the text of the calendar file it offers. */
async function downloadIcs(guide: Guide): Promise<{ text: string; type: string; filename: string }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  let filename = '';
  const clickOriginal = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    filename = this.download; // stop the real download; the file's content is what matters
  };
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return original.call(URL, object);
  };
  try {
    guide.reminderButton!.click();
  } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = clickOriginal;
  }
  expect(blob, 'a calendar file was offered').to.not.equal(undefined);
  return { text: await blob!.text(), type: blob!.type, filename };
}

/** Parses an iCalendar file back (RFC 5545: unfold, then NAME;PARAMS:VALUE per line). */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  expect(/[^\r]\n/.test(text), 'no bare LF').to.equal(false);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const stack: string[] = [];
  const events: Record<string, { params: string; value: string }>[] = [];
  for (const line of lines) {
    const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    expect(match, `well-formed line: ${line}`).to.not.equal(null);
    const [, name, params, value] = match!;
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') events.push({});
    } else if (name === 'END') {
      expect(stack.pop(), `END:${value} closes its BEGIN`).to.equal(value);
    } else if (stack[stack.length - 1] === 'VEVENT') {
      events[events.length - 1][name] = { params, value };
    }
  }
  expect(stack, 'every BEGIN is closed').to.deep.equal([]);
  return events;
}

describe('renewal reminder (tips tab)', () => {
  it('shows the days left and the reminder date for a future expiry', async () => {
    const guide = await Guide.render({ tab: 'tips', language: 'en' });
    const button = guide.reminderButton!;
    expect(button.disabled, 'disabled before a date is entered').to.equal(true);
    expect(button.getAttribute('aria-describedby')).to.equal('reminder-status');
    expect(textOf(guide.reminderStatus), 'says why').to.contain('Pick the date your validity ends.');
    await guide.enterExpiry(isoInDays(30));
    const status = guide.reminderStatus;
    expect(status.getAttribute('role')).to.equal('status');
    expect(textOf(status.querySelector('.days-left'))).to.equal('30 days');
    expect(status.textContent).to.contain('in 30 days').and.contain('Reminder on');
    expect(button.disabled).to.equal(false);
  });

  it('is the first thing in the tips tab', async () => {
    const guide = await Guide.render({ tab: 'tips', language: 'en' });
    const firstShown = [...guide.panel('tips').children].find(
      (child) => child.getBoundingClientRect().height > 0,
    );
    expect(firstShown?.matches('[part~="reminder"]')).to.equal(true);
  });

  it('confirms the download on screen', async () => {
    const guide = await Guide.render({ tab: 'tips', language: 'en' });
    await guide.enterExpiry(isoInDays(30));
    const { filename } = await downloadIcs(guide);
    await guide.update();
    const status = textOf(guide.reminderStatus);
    expect(status).to.contain(`Saved ${filename}.`);
  });

  it('offers an iCalendar file with the event the chosen days before expiry', async () => {
    const guide = await Guide.render({ tab: 'tips', operator: 'ooredoo', language: 'en' });
    await guide.enterExpiry(isoInDays(40));
    const select = guide.reminder.querySelector('select')!;
    select.value = '14';
    select.dispatchEvent(new Event('change'));
    await guide.update();
    const { text, type, filename } = await downloadIcs(guide);
    expect(type).to.equal('text/calendar;charset=utf-8');
    expect(filename).to.match(/\.ics$/);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(text).to.contain(`DTSTART;VALUE=DATE:${isoInDays(26).replace(/-/g, '')}`);
    // The name is isolated (LRI … PDI), so it stays whole in a right-to-left title.
    expect(text).to.contain('SUMMARY;LANGUAGE=en:Top up your \u2066Ooredoo\u2069 SIM');
    expect(text).to.contain('URL:https://shop.ooredoo.om/');

    const [event] = parseIcs(text);
    expect(event.DTSTART).to.deep.equal({ params: ';VALUE=DATE', value: isoInDays(26).replace(/-/g, '') });
    expect(event.SUMMARY.value).to.equal('Top up your \u2066Ooredoo\u2069 SIM');
    expect(event.UID.value).to.contain('@oman-sim-renewal');
    expect(event.DTSTAMP.value).to.match(/^\d{8}T\d{6}Z$/);
  });

  it("titles the event in the reader's language", async () => {
    const guide = await Guide.render({ tab: 'tips', language: 'zh-CN' });
    await guide.enterExpiry(isoInDays(20));
    const { text } = await downloadIcs(guide);
    const summary = text.split('\r\n').find((line) => line.startsWith('SUMMARY'))!;
    expect(summary).to.match(/^SUMMARY;LANGUAGE=zh-Hans:.*\p{Script=Han}/u);
  });

  it('a past date gets a clear inline message and no reminder', async () => {
    const guide = await Guide.render({ tab: 'tips', language: 'en' });
    await guide.enterExpiry(isoInDays(-3));
    expect(textOf(guide.reminderStatus)).to.contain('That date has passed');
    expect(guide.expiryInput.getAttribute('aria-invalid')).to.equal('true');
    expect(guide.reminderButton!.disabled).to.equal(true);
  });

  it('a date closer than the reminder says to top up now', async () => {
    const guide = await Guide.render({ tab: 'tips', language: 'en' });
    await guide.enterExpiry(isoInDays(5));
    expect(textOf(guide.reminderStatus)).to.contain('That reminder date has passed');
    expect(guide.reminderButton!.disabled).to.equal(true);
  });

  it('a reminder that falls on today is still offered', async () => {
    const guide = await Guide.render({ tab: 'tips', language: 'en' });
    await guide.enterExpiry(isoInDays(7)); // 1 week before, the default: today
    expect(textOf(guide.reminderStatus)).to.contain('Reminder on');
    expect(guide.reminderButton!.disabled).to.equal(false);
  });

  it('with the shortest reminder already chosen, no "choose a shorter one"', async () => {
    const guide = await Guide.render({ tab: 'tips', language: 'en' });
    const lead = guide.reminder.querySelector('select')!;
    lead.value = lead.options[0].value; // 3 days before
    lead.dispatchEvent(new Event('change', { bubbles: true }));
    await guide.enterExpiry(isoInDays(2));
    expect(textOf(guide.reminderStatus)).to.contain('too close for a reminder').and.not.contain('shorter');
  });

  it('today or too late, with an operator: a "top up now" link instead of a dead button', async () => {
    const guide = await Guide.render({ tab: 'tips', operator: 'ooredoo', language: 'en' });
    for (const days of [0, 5]) {
      await guide.enterExpiry(isoInDays(days));
      expect(guide.reminder.querySelector('button'), `${days} days`).to.equal(null);
      expect(guide.reminder.querySelector('[part~="button-link"]')!.getAttribute('href')).to.equal(
        'https://shop.ooredoo.om/',
      );
    }
  });

  it('stores nothing about the reader', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const cookies = document.cookie;
    const guide = await Guide.render({ tab: 'tips' });
    await guide.enterExpiry(isoInDays(30));
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal(cookies);
  });
});
