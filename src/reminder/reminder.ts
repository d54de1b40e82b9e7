/**
 * The renewal reminder in the tips tab: the reader enters the date their validity ends,
 * sees the days left and downloads an .ics calendar event a few days before. Everything
 * happens in the page: no server, nothing stored.
 */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { msg, str } from '@lit/localize';
import type { OperatorFacts } from '../operators/index.js';
import { officialUrl, siteName } from '../panels/safe-links.js';
import { officialLink } from '../panels/parts.js';
import { formatCalendarDate, formatCount, formatDaysAhead, type CalendarDate } from '../i18n/format-date.js';
import { dateIn, dateText, ltrText } from '../i18n/bidi.js';
import { phraseGap } from '../i18n/languages.js';
import { addDays, buildReminderIcs, daysBetween, parseDateOnly, todayLocal } from './ics.js';

export const LEAD_DAYS = [3, 7, 14] as const;

// Separate messages rather than "N days before": plural forms differ by language.
const leadLabel = (days: (typeof LEAD_DAYS)[number]) =>
  ({ 3: msg('3 days before'), 7: msg('1 week before'), 14: msg('2 weeks before') })[days];

/** The element the reminder lives in; the download link is added to its render root. */
type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The calendar event's words, in the reader's language (worded while rendering). */
interface CalendarText {
  title: string;
  description: string;
}

const toIso = ({ year, month, day }: CalendarDate) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const formatDate = (date: CalendarDate, locale: string) => formatCalendarDate(date, locale, 'long');

/**
 * Whether the page may refuse the download without a word: a sandboxed frame without
 * `allow-downloads`, or one whose flags cannot be read (an opaque origin).
 */
function downloadsMayBeBlocked(view: Window | null): boolean {
  try {
    const frame = view?.frameElement as HTMLIFrameElement | null | undefined;
    if (frame?.hasAttribute('sandbox')) return !frame.sandbox.contains('allow-downloads');
  } catch {
    // a cross-origin parent: nothing to read
  }
  return view?.origin === 'null';
}

export class ReminderController implements ReactiveController {
  /** What the reader typed, as the date input gives it (YYYY-MM-DD or ""). */
  private expiryInput = '';
  private leadDays: number = 7;
  /** Set when a download was started on a page that may silently refuse it. */
  private mayBeBlocked = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** A guide taken off the page and put back later shows no stale download status. */
  hostDisconnected(): void {
    this.saved = '';
    this.mayBeBlocked = false;
  }

  private get expiry(): CalendarDate | undefined {
    return parseDateOnly(this.expiryInput);
  }

  private onExpiryInput = (event: Event) => {
    this.expiryInput = (event.target as HTMLInputElement).value;
    this.mayBeBlocked = false;
    this.saved = '';
    this.host.requestUpdate();
  };

  private onLeadChange = (event: Event) => {
    this.leadDays = Number((event.target as HTMLSelectElement).value);
    this.saved = '';
    this.host.requestUpdate();
  };

  /** The file name of the last download, confirmed on screen until the inputs change. */
  private saved = '';

  /**
   * The status line under the inputs, whether a reminder can be made, whether the reader
   * should top up now instead, and the days left (the headline) when there are some.
   */
  private status(locale: string): {
    text: string | TemplateResult;
    canRemind: boolean;
    isError: boolean;
    topUpNow?: boolean;
    daysLeft?: number;
  } {
    if (!this.expiryInput)
      return { text: msg('Pick the date your validity ends.'), canRemind: false, isError: false };
    const expiry = this.expiry;
    if (!expiry) return { text: msg('Enter a valid date.'), canRemind: false, isError: true };
    const daysLeft = daysBetween(todayLocal(), expiry);
    if (daysLeft < 0) {
      return {
        text: msg('That date has passed. If your line has lapsed, contact your operator soon.'),
        canRemind: false,
        isError: true,
      };
    }
    if (daysLeft === 0)
      return {
        text: msg('Your validity ends today: top up now.'),
        canRemind: false,
        isError: false,
        topUpNow: true,
      };
    // One message per state, not two joined with a space: Chinese sets none after "。".
    const inDays = formatDaysAhead(daysLeft, locale);
    const ends = formatDate(expiry, locale);
    // A reminder that falls on today is still worth setting.
    if (daysLeft < this.leadDays) {
      const shortest = this.leadDays === LEAD_DAYS[0];
      return {
        text: shortest
          ? msg(
              html`Your validity ends ${inDays} (${dateIn(ends)}). It is too close for a reminder: top up now.`,
            )
          : msg(
              html`Your validity ends ${inDays} (${dateIn(ends)}). That reminder date has passed: choose a shorter one, or top up now.`,
            ),
        canRemind: false,
        isError: false,
        topUpNow: true,
        daysLeft,
      };
    }
    const remindOn = formatDate(addDays(expiry, -this.leadDays), locale);
    return {
      text: msg(html`Your validity ends ${inDays} (${dateIn(ends)}). Reminder on ${dateIn(remindOn)}.`),
      canRemind: true,
      isError: false,
      daysLeft,
    };
  }

  /** The event's title and description; msg() runs only while rendering, in its locale. */
  private calendarText(
    operator: OperatorFacts | undefined,
    expiry: CalendarDate,
    locale: string,
  ): CalendarText {
    return {
      title: operator ? msg(str`Top up your ${ltrText(operator.name)} SIM`) : msg('Top up your Omani SIM'),
      description: msg(
        str`Your SIM's validity ends on ${dateText(formatDate(expiry, locale))}. Top up before then, and check afterwards that your validity date has moved.`,
      ),
    };
  }

  private download(operator: OperatorFacts | undefined, text: CalendarText, locale: string): void {
    const expiry = this.expiry;
    if (!expiry) return;
    const ics = buildReminderIcs({
      expiry,
      daysBefore: this.leadDays,
      ...text,
      url: officialUrl(operator?.rechargePage?.value.url ?? operator?.site.value),
      now: new Date(),
      uid: `${toIso(expiry)}-${Math.random().toString(36).slice(2)}@oman-sim-renewal`,
      language: locale,
    });
    const link = this.host.ownerDocument.createElement('a');
    link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    link.download = `sim-renewal-${toIso(expiry)}.ics`;
    link.hidden = true;
    // renderRoot, not shadowRoot: a page may force shadow roots closed.
    this.host.renderRoot.append(link);
    link.click();
    link.remove();
    this.mayBeBlocked = downloadsMayBeBlocked(this.host.ownerDocument.defaultView);
    this.saved = link.download;
    this.host.requestUpdate();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }

  /** "Top up now" when it is too late for a reminder: the operator's recharge page or site. */
  private topUpAction(operator: OperatorFacts) {
    const page = operator.rechargePage?.value.url;
    return officialLink(
      page ?? operator.site.value,
      page
        ? msg(str`Recharge on ${ltrText(siteName(page))}`)
        : msg(str`Open the ${ltrText(operator.name)} website`),
      { part: 'button-link', variant: 'urgent' },
    );
  }

  render(operator: OperatorFacts | undefined, locale: string) {
    const { text, canRemind, isError, topUpNow, daysLeft } = this.status(locale);
    const blocked = this.mayBeBlocked
      ? html`${phraseGap(locale)}${msg(
          'This page may block downloads. If no file arrives, add the reminder to your calendar yourself.',
        )}`
      : nothing;
    const today = toIso(todayLocal());
    const expiry = this.expiry;
    const calendar = canRemind && expiry ? this.calendarText(operator, expiry, locale) : undefined;
    return html`<section class="reminder" part="reminder" aria-labelledby="reminder-title">
      <p id="reminder-title" class="label">${msg('Renewal reminder')}</p>
      <div class="fields">
        <label>
          ${msg('My validity ends on')}
          <input
            type="date"
            name="expiry"
            min=${today}
            .value=${this.expiryInput}
            aria-invalid=${isError ? 'true' : 'false'}
            aria-describedby="reminder-status"
            @input=${this.onExpiryInput}
            @change=${this.onExpiryInput}
          />
        </label>
        <label>
          ${msg('Remind me')}
          <select name="lead" @change=${this.onLeadChange}>
            ${LEAD_DAYS.map(
              (days) =>
                html`<option value=${days} ?selected=${days === this.leadDays}>${leadLabel(days)}</option>`,
            )}
          </select>
        </label>
      </div>
      <div id="reminder-status" class=${isError ? 'status error' : 'status'} role="status">
        ${
          daysLeft === undefined
            ? nothing
            : html`<p class="days-left">
                ${formatCount(daysLeft, 'day', locale)}
              </p>`
        }
        <p>${text}${blocked}</p>
        ${
          this.saved
            ? html`<p class="saved">
                ${msg(str`Saved ${ltrText(this.saved)}. Open it to add the reminder to your calendar.`)}
              </p>`
            : nothing
        }
      </div>
      ${
        topUpNow && operator
          ? this.topUpAction(operator)
          : html`<button
              type="button"
              class="button"
              part="reminder-button"
              ?disabled=${!canRemind}
              aria-describedby="reminder-status"
              @click=${() => calendar && this.download(operator, calendar, locale)}
            >
              ${msg('Add a reminder to my calendar')}
            </button>`
      }
    </section>`;
  }
}
