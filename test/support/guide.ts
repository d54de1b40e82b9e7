/**
 * A test harness for one guide (in the spirit of material-web's tabs harness): it finds
 * things by ARIA role, id references and `part` names — the element's public contract —
 * never by internal class names, so restyling or restructuring the shadow DOM does not
 * break tests that check what a reader sees.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { OmanSimRenewal } from '../../src/index.js';
import type { TabId } from '../../src/tabs/tabs.js';

// Unicode isolates keep codes, names and dates whole in right-to-left text; readers never see them.
const INVISIBLE_ISOLATES = /[\u2066-\u2069]/g;

/** Text as read: without the invisible isolates, runs of white space as one space. */
export const textOf = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(INVISIBLE_ISOLATES, '').replace(/\s+/g, ' ').trim();

export class Guide {
  readonly element: OmanSimRenewal;

  constructor(element: Element) {
    this.element = element as OmanSimRenewal;
  }

  /**
   * Renders a guide from attributes, or from a template: either the element itself or a
   * wrapper around it (the guide is the first `oman-sim-renewal` inside).
   */
  static async render(source: Record<string, string> | TemplateResult = {}): Promise<Guide> {
    const root = await fixture<HTMLElement>(isTemplate(source) ? source : elementWith(source));
    const guide = new Guide(
      root.localName === 'oman-sim-renewal' ? root : root.querySelector('oman-sim-renewal')!,
    );
    await guide.update();
    return guide;
  }

  private get root() {
    return this.element.shadowRoot!;
  }

  /** Waits for the element's pending render. */
  update() {
    return this.element.updateComplete;
  }

  get tabs() {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  }

  get selectedTab() {
    return this.tabs.find((tab) => tab.getAttribute('aria-selected') === 'true')!;
  }

  /** The focused element inside the guide (null when focus is elsewhere). */
  get focused() {
    return this.root.activeElement as HTMLElement | null;
  }

  get panels() {
    return [...this.root.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
  }

  get visiblePanel() {
    return this.panels.find((panel) => !panel.hidden)!;
  }

  tab(id: TabId) {
    return this.tabs.find((tab) => tab.getAttribute('aria-controls') === `panel-${id}`)!;
  }

  panel(id: TabId) {
    return this.root.getElementById(`panel-${id}`)!;
  }

  /** Shows a tab as the reader would (a click) and returns its panel once rendered. */
  async open(id: TabId) {
    this.tab(id).click();
    await this.update();
    return this.panel(id);
  }

  /** Opens the sources disclosure as a reader would (its summary) and waits for its list. */
  async openSources() {
    const details = this.byPart('sources')[0] as HTMLDetailsElement;
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.querySelector('summary')!.click();
    await toggled;
    await this.update();
    return details;
  }

  /** Every element exposing the CSS part `name`, in the whole guide or in one panel. */
  byPart(name: string, panel?: TabId) {
    const scope = panel ? this.panel(panel) : this.root;
    return [...scope.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
  }

  /** Every link (`a` element, with or without `href`) in the guide. */
  get links() {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('a')];
  }

  /** Every button in the guide. */
  get buttons() {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button')];
  }

  /** The text of what names `element` through `aria-labelledby`, as read. */
  labelOf(element: Element) {
    return textOf(this.root.getElementById(element.getAttribute('aria-labelledby') ?? ''));
  }

  get copyButtons() {
    return this.byPart('copy-button') as HTMLButtonElement[];
  }

  /** The live region of `panel` that announces a copy. */
  copyStatusRegion(panel: TabId = 'phone') {
    return this.panel(panel).querySelector<HTMLElement>('[role="status"]')!;
  }

  /** What the live region of `panel` last announced, as read. */
  copyStatus(panel: TabId = 'phone') {
    return textOf(this.copyStatusRegion(panel));
  }

  get chooserOptions() {
    return this.byPart('chooser-option') as HTMLButtonElement[];
  }

  /** The renewal reminder form (in the tips panel, once that panel is built). */
  get reminder() {
    return this.byPart('reminder')[0];
  }

  /** The reminder's "validity ends on" date field. */
  get expiryInput() {
    return this.reminder.querySelector<HTMLInputElement>('input[type="date"]')!;
  }

  /** What describes the date field (`aria-describedby`): days left, the reminder date, or what is wrong. */
  get reminderStatus() {
    return this.root.getElementById(this.expiryInput.getAttribute('aria-describedby') ?? '')!;
  }

  /** The "Add a reminder to my calendar" button (absent when a top-up link replaces it). */
  get reminderButton() {
    return this.byPart('reminder-button')[0] as HTMLButtonElement | undefined;
  }

  /** Types an expiry date (`YYYY-MM-DD`) into the reminder, as a reader would, and waits for the render. */
  async enterExpiry(isoDate: string) {
    this.expiryInput.value = isoDate;
    this.expiryInput.dispatchEvent(new Event('input', { bubbles: true }));
    await this.update();
  }

  /** The text of the whole guide, or of one panel, as read. */
  text(panel?: TabId) {
    return textOf(panel ? this.panel(panel) : this.root);
  }
}

/** Local calendar date `days` from today, as a date input holds it (`YYYY-MM-DD`). */
export function isoInDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const isTemplate = (source: object): source is TemplateResult => '_$litType$' in source;

function elementWith(attributes: Record<string, string>) {
  const element = document.createElement('oman-sim-renewal');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}
