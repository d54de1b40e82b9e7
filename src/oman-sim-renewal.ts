import { LitElement, html, isServer, nothing, render, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { styles } from './styles/index.js';
import { DEFAULT_TAB, TAB_IDS, nextTabIndex, type TabId } from './tabs/tabs.js';
import { tabStrip } from './tabs/tab-strip.js';
import { OperatorChooser } from './choosers/operator-chooser.js';
import { isAbsent, keywordOf, keywordOrDefault, textOf, warnBadValue } from './attribute-values.js';
import { SOURCE_LOCALE, SUPPORTED_LOCALES, withLocale } from './i18n/localization.js';
import { resolveLocale } from './i18n/resolve-locale.js';
import { directionOf, phraseGap } from './i18n/languages.js';
import { warnIfLanguageMissing } from './i18n/missing-language.js';
import { ltrText } from './i18n/bidi.js';
import { browserLanguages, inheritedLangs, watchLanguage } from './i18n/language-context.js';
import { onlinePanel } from './panels/online.js';
import { storePanel } from './panels/store.js';
import { phonePanel } from './panels/phone.js';
import { tipsPanel } from './panels/tips.js';
import {
  OPERATORS,
  OPERATOR_IDS,
  isAlias,
  operatorIdOf,
  type OperatorFacts,
  type OperatorId,
} from './operators/index.js';
import { ReminderController } from './reminder/reminder.js';
import { CopyController } from './panels/copy-controller.js';
import { sourcesList } from './panels/sources.js';
import { VERSION } from './version.js';
import { watchPrint, whenIdle } from './page/print-watch.js';
import { adoptStylesFor } from './page/document-styles.js';
import {
  DEFAULT_SITUATION,
  SITUATIONS,
  situationToggle,
  type Situation,
} from './choosers/situation-toggle.js';
import { ShareController } from './panels/share.js';
import { lapsedHelp } from './panels/lapsed.js';
import { PageSchemeController } from './page/page-scheme.js';

const THEMES = ['auto', 'light', 'dark'] as const;

/** The element's events tell the page what the reader did: they bubble out of the shadow root. */
const TO_PAGE = { bubbles: true, composed: true } as const;

/**
 * The guide variants (language, operator, situation) whose every panel has been prepared for
 * printing on this page. Lit prepares a template the first time it renders it, through the
 * page's Trusted Types policy; during `window.print()` Chromium pauses the page and refuses
 * to run that policy, so a panel never rendered before cannot be built then. Each variant's
 * panels are therefore rendered once, off-screen, when the page is idle: their templates are
 * then ready for any number of guides.
 */
const preparedForPrint = new Set<string>();
/** Variants one guide is already waiting to prepare: the others need not. */
const waitingToPrepare = new Set<string>();
const DIRECTIONS = ['ltr', 'rtl'] as const;
/** The pieces of a printed guide prepared one by one: each panel, then the sources list. */
type PrintPiece = TabId | 'sources';

export interface TabChangeDetail {
  tab: TabId;
  previous: TabId;
}

export interface SituationChangeDetail {
  situation: Situation;
  previous: Situation;
}

export interface OperatorChangeDetail {
  operator: OperatorId;
  /** The operator chosen before, if any. */
  previous?: OperatorId;
}

// Tab labels are looked up at render time (msg() must never run at module scope), once
// per render: each label is shown twice, on its tab and, in print, above its panel.
const tabLabels = (): Record<TabId, string> => ({
  online: msg('Online', { desc: 'Tab: renew on the website or app' }),
  store: msg('In a store', { desc: 'Tab: renew at a store' }),
  phone: msg('By phone', { desc: 'Tab: renew through the hotline' }),
  tips: msg('Tips', { desc: 'Tab: advice for keeping the number' }),
});

/**
 * "Ooredoo (Hala)": the prepaid brand helps readers recognise their line, where it is
 * known. Isolated as a left-to-right token, so that inside Arabic or Urdu text the Latin
 * name keeps its parentheses on the right sides; Chinese takes full-width ones, "Ooredoo（Hala）".
 */
const brandedName = ({ name, prepaidBrand }: OperatorFacts, locale: string) => {
  if (!prepaidBrand) return ltrText(name);
  return ltrText(phraseGap(locale) ? `${name} (${prepaidBrand.value})` : `${name}（${prepaidBrand.value}）`);
};

// The `@cssprop` lines restate the token table in src/styles/tokens.ts (the one source of
// the theme defaults) for the manifest; test/built/tokens-doc.test.ts keeps them in step.
/**
 * How to renew or top up an Omani prepaid SIM, in tabs: online, in a store, by phone, tips.
 *
 * @summary A guide to keeping an Omani prepaid number alive.
 * @tag oman-sim-renewal
 *
 * @fires {CustomEvent<TabChangeDetail>} tab-change - The reader chose another tab
 *   (click or keyboard); `detail` is `{ tab, previous }`. Not fired when script sets `tab`.
 * @fires {CustomEvent<SituationChangeDetail>} situation-change - The reader switched
 *   In Oman / Abroad; `detail` is `{ situation, previous }`. Not fired when script sets it.
 * @fires {CustomEvent<OperatorChangeDetail>} operator-change - The reader chose an operator
 *   in the general guide's chooser; `detail` is `{ operator, previous }`.
 *
 * @slot note - A note of your own under the title ("I top up with …"): styled by the guide,
 *   in the reader's language direction. The guide's other content is its own.
 *
 * @csspart base - The guide's outer box (background, border, padding).
 * @csspart title - The guide's title above the tabs.
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab button.
 * @csspart tab-selected - The selected tab button (together with `tab`).
 * @csspart panel - Each tab panel.
 * @csspart steps - A numbered list of steps.
 * @csspart bullets - The list of tips.
 * @csspart caution - A warning box inside a panel.
 * @csspart chooser - The operator chooser (shown when `operator` names no known operator).
 * @csspart chooser-option - Each operator's button in the chooser (pressed when chosen).
 * @csspart situation - The "In Oman / Abroad" toggle.
 * @csspart situation-option - Each of its two toggle buttons.
 * @csspart abroad - The "From abroad" steps, after a tab's main action.
 * @csspart lapsed - The "If your number stopped working" box (first screen and tips tab).
 * @csspart lapsed-toggle - The "My number stopped working" button that opens it.
 * @csspart share-button - The "Send this to someone in Oman" button (readers abroad).
 * @csspart button-link - A prominent link to an official page (recharge page, website).
 * @csspart link - Other links to official pages.
 * @csspart tel - A tap-to-call hotline number.
 * @csspart copy-button - The button that copies a USSD code.
 * @csspart reminder - The renewal reminder form in the tips tab.
 * @csspart reminder-button - The "Add a reminder to my calendar" button.
 * @csspart sources - The "Sources" disclosure, which names the oldest check.
 *
 * @cssprop [--osr-font-family=inherit] - Font of the whole guide.
 * @cssprop [--osr-font-size=1em] - Base font size (the page's).
 * @cssprop [--osr-background=transparent] - Background. theme="light": #ffffff; theme="dark": #16191d.
 * @cssprop [--osr-color=currentColor] - Text colour (unset: the page's). theme="light": #1f2328; theme="dark": #e6edf3.
 * @cssprop [--osr-muted-color=text colour at 80%] - Hints and unselected tabs. In the fixed themes, the text colour at 80% over the background.
 * @cssprop [--osr-accent-color=#00736b] - Links, buttons and focus rings. Unset, the page theme's accent where it has one (--pico-primary, --bs-link-color, --wp--preset--color--primary), else #00736b (#3fc1b0 on a dark page); an accent the guide picks itself is made darker or lighter where it would read below 4.5:1. theme="light": #00736b; theme="dark": #3fc1b0.
 * @cssprop [--osr-border-color=text colour at 22%] - Card and divider borders. In the fixed themes, the text colour at 22% over the background.
 * @cssprop [--osr-control-border-color=text colour at 55%] - Borders of fields and secondary buttons (3:1 against the background). In the fixed themes, the text colour at 55% over the background.
 * @cssprop [--osr-tab-background=text colour at 7%] - Track of the tabs, tints and code. In the fixed themes, the text colour at 7% over the background.
 * @cssprop [--osr-caution-background=rgb(212 167 44 / 0.18)] - Warning box and "unconfirmed" badge. theme="light": #d4a72c at 22% over the background; theme="dark": #bb8009 at 16% over the background.
 * @cssprop [--osr-caution-border-color=#d4a72c] - Warning box edge. theme="light": #d4a72c; theme="dark": #9e6a03.
 * @cssprop [--osr-error-color=#b42318] - Inline error messages. theme="light": #b42318; theme="dark": #ff8a80.
 * @cssprop [--osr-radius=8px] - Corner radius.
 * @cssprop [--osr-spacing=1rem] - Padding and gaps (less on narrow screens).
 * @cssprop [--osr-margin=1.5em 0] - Space around the guide, like a paragraph.
 */
export class OmanSimRenewal extends LitElement {
  static override styles = styles;

  // Declared here rather than with decorators: the decorator helpers would add to the
  // one-file build for nothing.
  static override properties = {
    operator: {},
    language: {},
    theme: { reflect: true },
    tab: { reflect: true },
    situation: { reflect: true },
    // `attribute: false` too: the manifest analyzer would list a bare state as an attribute.
    lapsedOpen: { state: true, attribute: false },
    sourcesBuilt: { state: true, attribute: false },
  };

  /** The package version, so a second copy on the page can tell whether it differs. */
  static readonly version = VERSION;

  /** Which operator's guide to show. Absent or unknown: the generic guide. */
  operator?: string;

  /** Language of the guide; wins over `lang` when both are set. */
  language?: string;

  /**
   * Colour scheme: `auto` (default: at home in the page — its text colour and size, no
   * background of its own, light or dark details by the page's scheme), or a self-contained
   * `light` or `dark` card.
   */
  theme?: 'auto' | 'light' | 'dark';

  /** The selected tab: `online`, `store`, `phone` or `tips`. */
  tab: TabId = 'online';

  /** Where the reader is: `home` (in Oman, the default) or `abroad`; the reader can switch. */
  situation: Situation = 'home';

  private readonly copier = new CopyController(this);

  /** "Send this to someone in Oman", for a reader abroad. */
  private readonly sharer = new ShareController(this);

  /** Whether the reader opened "My number stopped working" (this guide only; nothing stored). */
  private lapsedOpen = false;

  /** Whether the sources list has been built: once opened, printed or rendered on a server. */
  private sourcesBuilt = isServer;

  private readonly reminder = new ReminderController(this);

  /** The operator chooser of the general guide. */
  private readonly chooser = new OperatorChooser(this);

  /** The page's colour scheme, which `theme="auto"` follows. */
  private readonly pageScheme = new PageSchemeController(this);

  /**
   * Tabs whose panels have been built. A panel's content is built when its tab is first
   * shown (or the page prints) and then kept: most readers open one or two tabs, and a
   * blog may hold several guides, so unopened panels should cost nothing.
   */
  private builtPanels = new Set<TabId>();

  /** The facts of the operator whose guide is shown, if any (read-only). */
  get operatorFacts(): OperatorFacts | undefined {
    const id = operatorIdOf(this.operator) ?? this.chooser.chosen;
    return id ? OPERATORS[id] : undefined;
  }

  /** The locale this instance renders in (read-only; set `language` or `lang` to change it). */
  get locale(): string {
    return resolveLocale(
      [textOf(this.language), ...inheritedLangs(this), ...browserLanguages()],
      SUPPORTED_LOCALES,
      SOURCE_LOCALE,
    );
  }

  /** Stops the language and print watchers started on connect. */
  private stopWatching?: () => void;

  /** What the last render depended on around the element: its locale and own `dir`. */
  private rendered = { locale: '', ownDir: undefined as string | undefined };

  /** The page's own `dir="ltr"`/`"rtl"` on the element, if any (`auto` and `""` leave it to the text). */
  private get ownDir() {
    return keywordOf(this.getAttribute('dir'), DIRECTIONS);
  }

  protected override createRenderRoot() {
    const prerendered = this.shadowRoot;
    const root = prerendered ?? this.attachShadow(OmanSimRenewal.shadowRootOptions);
    // A guide prerendered as declarative shadow DOM (prerender/render.mjs, @lit-labs/ssr) is
    // replaced by the live one: emptied here, drawn in the first update of this same task,
    // before the browser paints — one guide, no flash, and the same layout, so nothing moves.
    prerendered?.replaceChildren();
    adoptStylesFor(root, OmanSimRenewal.elementStyles);
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to another document (adoptNode, an iframe)? Its styles must be made there.
    adoptStylesFor(this.renderRoot as ShadowRoot, OmanSimRenewal.elementStyles);
    const stopLanguage = watchLanguage(this, this.languageMayHaveChanged);
    const view = this.ownerDocument.defaultView;
    const stopPrint = view ? watchPrint(view, this.buildAllPanels) : undefined;
    this.stopWatching = () => {
      stopLanguage();
      stopPrint?.();
    };
    // Moved into an Arabic section, or another document: its language may have changed.
    if (this.hasUpdated) this.languageMayHaveChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** A `lang` or `dir` changed somewhere around: re-render only if this guide is affected. */
  private languageMayHaveChanged = () => {
    if (this.locale !== this.rendered.locale || this.ownDir !== this.rendered.ownDir) this.requestUpdate();
  };

  /**
   * Builds every panel, so that a printed page holds the whole guide. Synchronously:
   * `window.print()` lays the page out as soon as its `beforeprint` handlers return.
   */
  private buildAllPanels = () => {
    TAB_IDS.forEach((id) => this.builtPanels.add(id));
    this.sourcesBuilt = true;
    this.requestUpdate();
    if (!this.hasUpdated) return;
    try {
      this.performUpdate();
    } catch {
      // A paused page refused a template not prepared yet: the guide completes right after.
      this.requestUpdate();
    }
  };

  protected override updated(): void {
    const view = this.ownerDocument.defaultView;
    const variant = this.printVariant;
    if (!view || preparedForPrint.has(variant) || waitingToPrepare.has(variant)) return;
    waitingToPrepare.add(variant);
    // One idle callback per piece, each its own short task: prepared all at once, the four
    // panels made one long task of ~100 ms on a phone (bench/README.md, long tasks).
    const pieces: PrintPiece[] = [...TAB_IDS, 'sources'];
    let left = pieces.length;
    let complete = true;
    for (const piece of pieces) {
      whenIdle(view, () => {
        // Gone or changed meanwhile? Another guide of this variant, if any, prepares it on its
        // next update; this guide's next variant is prepared after the update that made it.
        complete &&= this.isConnected && this.printVariant === variant && this.prepareForPrint(piece);
        if (--left) return;
        waitingToPrepare.delete(variant);
        if (complete) preparedForPrint.add(variant);
      });
    }
  }

  /** What decides which templates a printed guide needs. */
  private get printVariant(): string {
    return `${this.rendered.locale}|${this.operatorFacts?.id ?? ''}|${this.situation}`;
  }

  /** Renders one piece of this variant's printed guide into a fragment that is then dropped. */
  private prepareForPrint(piece: PrintPiece): boolean {
    const locale = this.rendered.locale;
    const operator = this.operatorFacts;
    try {
      render(
        withLocale(locale, () =>
          piece === 'sources'
            ? operator && this.sources(operator, locale, true)
            : this.panelContent(piece, locale, tabLabels()[piece]),
        ),
        this.ownerDocument.createDocumentFragment(),
      );
      return true;
    } catch {
      // Nothing lost: printing builds the panels itself where the page lets it.
      return false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Frameworks bind properties, so any value can arrive: keep what names something we
    // know (case-insensitive, trimmed), warn once about the rest and use the default.
    if (changed.has('tab')) {
      const tab = keywordOrDefault('tab', this.tab, TAB_IDS, DEFAULT_TAB);
      if (this.tab !== tab) this.tab = tab;
    }
    if (changed.has('situation')) {
      const situation = keywordOrDefault('situation', this.situation, SITUATIONS, DEFAULT_SITUATION);
      if (this.situation !== situation) this.situation = situation;
    }
    if (changed.has('theme')) {
      const theme = keywordOf(this.theme, THEMES);
      if (!theme && !isAbsent(this.theme))
        warnBadValue('theme', this.theme, `using "auto". Use one of: ${THEMES.join(', ')}.`);
      if (this.theme !== theme) this.theme = theme;
    }
    if (changed.has('operator') && !isAbsent(this.operator) && !operatorIdOf(this.operator)) {
      warnBadValue(
        'operator',
        this.operator,
        `showing the general guide. Use one of: ${OPERATOR_IDS.join(', ')} (or renna).`,
      );
    }
    if (changed.has('language')) {
      if (!isAbsent(this.language) && textOf(this.language) === undefined)
        warnBadValue('language', this.language, 'the language must be a string such as "en" or "ar".');
      warnIfLanguageMissing(textOf(this.language));
    }
    // The shown tab's panel is built from now on (render itself changes no state); rendered
    // on a server, every panel is, for readers and crawlers without JavaScript.
    if (isServer) TAB_IDS.forEach((id) => this.builtPanels.add(id));
    this.builtPanels.add(this.tab);
  }

  protected override render() {
    const locale = this.locale;
    this.rendered = { locale, ownDir: this.ownDir };
    return withLocale(locale, () => this.renderGuide(locale));
  }

  private renderGuide(locale: string) {
    // The text's own direction, unless the page sets `dir="ltr"` or `"rtl"` on the element
    // itself (`auto` or an empty value leave it to the text).
    const dir = this.rendered.ownDir ? undefined : directionOf(locale);
    const operator = this.operatorFacts;
    const labels = tabLabels();
    const scheme = this.theme === 'light' || this.theme === 'dark' ? this.theme : this.pageScheme.scheme;
    const accent = this.pageScheme.accent === 'none' ? undefined : this.pageScheme.accent;
    return html`<div
      class="guide"
      part="base"
      lang=${locale}
      dir=${ifDefined(dir)}
      data-scheme=${scheme}
      data-accent=${ifDefined(accent)}
    >
      <p id="title" class="title" part="title">
        ${
          operator
            ? msg(str`Renew or top up your ${brandedName(operator, locale)} prepaid SIM`)
            : msg('Renew or top up your Omani prepaid SIM')
        }
      </p>
      <slot name="note"></slot>
      ${operatorIdOf(this.operator) ? nothing : this.chooser.render()}
      ${
        isAlias(this.operator) && operator
          ? html`<p class="hint">
              ${msg(
                str`Renna Mobile's company, Majan Telecommunication, also runs ${ltrText(operator.name)}: this is its guide.`,
              )}
            </p>`
          : nothing
      }
      ${situationToggle(this.situation, (situation) => this.chooseSituation(situation))}
      <button
        type="button"
        class="lapsed-toggle"
        part="lapsed-toggle"
        aria-expanded=${this.lapsedOpen ? 'true' : 'false'}
        aria-controls="lapsed-help"
        @click=${() => (this.lapsedOpen = !this.lapsedOpen)}
      >
        ${msg('My number stopped working')}
      </button>
      ${this.lapsedOpen ? html`<div id="lapsed-help">${lapsedHelp(operator)}</div>` : nothing}
      ${tabStrip({
        selected: this.tab,
        labels,
        onChoose: (id) => this.choose(id),
        onKeydown: (event) => this.onKeydown(event),
      })}
      ${TAB_IDS.map(
        (id) =>
          html`<div
            role="tabpanel"
            id="panel-${id}"
            part="panel"
            aria-labelledby="tab-${id}"
            tabindex="0"
            ?hidden=${id !== this.tab}
          >
            ${this.builtPanels.has(id) ? this.panelContent(id, locale, labels[id]) : nothing}
          </div>`,
      )}
      ${operator ? this.sources(operator, locale, this.sourcesBuilt) : nothing}
    </div>`;
  }

  /** A built panel: its title, shown only in print, and the tab's content. */
  private panelContent(id: TabId, locale: string, label: string) {
    return html`<p class="print-only panel-title" aria-hidden="true">${label}</p>
      ${this.panelBody(id, locale)}`;
  }

  private panelBody(id: TabId, locale: string) {
    const operator = this.operatorFacts;
    if (id === 'tips') return tipsPanel(operator, this.reminder.render(operator, locale));
    const abroad = this.situation === 'abroad';
    // The share action is worded only where a reader abroad will see it.
    const situated = { abroad, share: abroad ? this.sharer.render(operator) : nothing };
    if (id === 'online') return onlinePanel(operator, situated);
    if (id === 'store') return storePanel(operator, situated);
    return phonePanel(operator, { copyCode: this.copier.copy, copyStatus: this.copier.status() }, situated);
  }

  /** The sources disclosure; its list is built once opened or printed. */
  private sources(operator: OperatorFacts, locale: string, built: boolean) {
    return sourcesList(operator, locale, { built, onOpen: () => (this.sourcesBuilt = true) });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // The direction the tabs are actually laid out in, whatever decided it.
    const tablist = event.currentTarget as HTMLElement;
    const direction = getComputedStyle(tablist).direction === 'rtl' ? 'rtl' : 'ltr';
    const next = nextTabIndex(event.key, TAB_IDS.indexOf(this.tab), TAB_IDS.length, direction);
    if (next === null) return;
    event.preventDefault();
    // Focus first, then tell the page: its tab-change handler may move focus elsewhere.
    this.tabButton(TAB_IDS[next])?.focus();
    this.choose(TAB_IDS[next]);
  }

  /** A tab's button (renderRoot, not shadowRoot: a page may force shadow roots closed). */
  private tabButton(id: TabId): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(`tab-${id}`);
  }

  /** Sets where the reader is, on their behalf, and tells the page. */
  private chooseSituation(situation: Situation): void {
    const previous = this.situation;
    if (situation === previous) return;
    this.situation = situation;
    this.dispatchEvent(
      new CustomEvent<SituationChangeDetail>('situation-change', {
        detail: { situation, previous },
        ...TO_PAGE,
      }),
    );
  }

  /** Selects a tab on the reader's behalf and tells the page. */
  private choose(tab: TabId): void {
    const previous = this.tab;
    if (tab === previous) return;
    this.tab = tab;
    this.dispatchEvent(
      new CustomEvent<TabChangeDetail>('tab-change', { detail: { tab, previous }, ...TO_PAGE }),
    );
    // The handler may have set `tab` itself: focus follows the selected tab, unless the
    // handler moved focus out of the tab list.
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    const selected = keywordOf(this.tab, TAB_IDS) ?? DEFAULT_TAB;
    if (focused?.getAttribute('role') === 'tab' && focused.id !== `tab-${selected}`)
      this.tabButton(selected)?.focus();
  }
}
