import { expect, html } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  captureWarnings,
  emulateMediaOrSkip,
  render,
  resetMedia,
  tabs,
  type OmanSimRenewal,
} from '../support/helpers.js';
import { waitFor } from '../support/wait.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const panelText = (el: Element, id: string) => $(el, `#panel-${id}`)!.textContent!.replace(/\s+/g, ' ');

// Unicode isolates keep codes and names intact in right-to-left text; they are invisible.
const INVISIBLE_ISOLATES = /[\u2066-\u2069]/g;

describe('operator guides', () => {
  it('Ooredoo: tap-to-call hotlines, the reported one marked unconfirmed; Dial next to Copy', async () => {
    const el = await render(html`<oman-sim-renewal operator="ooredoo" tab="phone"></oman-sim-renewal>`);
    const dials = $$(el, '#panel-phone a.dial');
    expect(dials.length).to.be.greaterThan(0);
    for (const dial of dials) {
      const code = dial.closest('li')!.querySelector('code')!.textContent!;
      expect(dial.getAttribute('href')).to.equal(`tel:${code.replaceAll('#', '%23')}`);
      expect(dial.nextElementSibling!.matches('button.copy')).to.equal(true);
    }
    expect(panelText(el, 'phone'))
      .to.contain('Call one of the numbers above.')
      .and.not.contain('tap to call');
    const calls = $$(el, '#panel-phone a.tel');
    expect(calls.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:1500', 'tel:+96895011500']);
    expect(calls[1].textContent!.trim()).to.equal('+968 9501 1500');
    const [ownLine, anyNetwork] = calls.map((a) =>
      a.closest('li')!.textContent!.replace(/\s+/g, ' ').replace(INVISIBLE_ISOLATES, ''),
    );
    // Both numbers were seen only on a legacy Ooredoo page: unconfirmed, as the schema says.
    expect(ownLine).to.contain('Only from Ooredoo numbers').and.contain('Unconfirmed');
    expect(anyNetwork).to.contain('Unconfirmed').and.contain('ooredoo.om');
  });

  it('Ooredoo: recharge link with the menu path, the app by name, SIM reactivation in tips', async () => {
    const el = await render(html`<oman-sim-renewal operator=" OOREDOO "></oman-sim-renewal>`);
    const recharge = $(el, '#panel-online a.button-link')!;
    expect(recharge.getAttribute('href')).to.equal('https://shop.ooredoo.om/');
    expect(panelText(el, 'online'))
      .to.contain('Quick Payment › Prepaid Recharge')
      .and.contain('Ooredoo Oman');
    el.tab = 'tips';
    await el.updateComplete;
    expect(panelText(el, 'tips')).to.contain('SIM Services › SIM Reactivation');
    expect(panelText(el, 'tips')).to.contain('*222*123#');
  });

  it('Omantel: the blog-sourced hotline is shown as unconfirmed', async () => {
    const el = await render(html`<oman-sim-renewal operator="omantel" tab="phone"></oman-sim-renewal>`);
    const item = $(el, '#panel-phone a[href="tel:1234"]')!.closest('li')!;
    expect(item.textContent).to.contain('Unconfirmed');
  });

  it('Vodafone: no number is invented; the reader is sent to the official site', async () => {
    const el = await render(html`<oman-sim-renewal operator="vodafone" tab="phone"></oman-sim-renewal>`);
    expect($$(el, 'a[href^="tel:"]')).to.have.length(0);
    expect(panelText(el, 'phone')).to.contain('We could not confirm a hotline for Vodafone Oman');
    expect($(el, '#panel-phone a[href="https://www.vodafone.om/"]')).to.not.equal(null);
  });

  it('FRiENDi: the international number, said to work from anywhere as advice, not as a fact', async () => {
    // The number was seen; that it works from any network or abroad is only inferred from
    // its international format (docs/sources.md), so the caption says "should".
    const el = await render(html`<oman-sim-renewal operator="friendi" tab="phone"></oman-sim-renewal>`);
    const call = $(el, '#panel-phone a[href="tel:+96898400000"]')!;
    expect(call.closest('li')!.textContent).to.contain(
      'An international number: it should work from any network, and from abroad',
    );
  });

  it('renna shows the Red Bull MOBILE guide', async () => {
    const el = await render(html`<oman-sim-renewal operator="renna"></oman-sim-renewal>`);
    expect($(el, '.title')!.textContent).to.contain('Red Bull MOBILE');
  });

  it('every external link is https, official, opens safely in a new tab', async () => {
    for (const operator of ['omantel', 'ooredoo', 'vodafone', 'friendi', 'redbull']) {
      const el = await render(html`<oman-sim-renewal operator=${operator}></oman-sim-renewal>`);
      const links = $$(el, 'a[href]:not([href^="tel:"])');
      expect(links.length, operator).to.be.greaterThan(0);
      for (const link of links) {
        const url = new URL(link.getAttribute('href')!);
        expect(url.protocol, link.outerHTML).to.equal('https:');
        expect(url.hostname, link.outerHTML).to.match(
          /(^|\.)(omantel\.om|ooredoo\.om|vodafone\.om|friendimobile\.com|redbullmobile\.om|tra\.gov\.om)$/,
        );
        expect(link.getAttribute('target')).to.equal('_blank');
        expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      }
    }
  });

  it('lists its sources with dates, linking only official https pages', async () => {
    const el = await render(html`<oman-sim-renewal operator="omantel"></oman-sim-renewal>`);
    const sources = $(el, 'details.sources')!;
    expect(sources.querySelector('summary')!.textContent).to.match(/Sources · oldest fact checked .*2026/);
    const items = [...sources.querySelectorAll('li')];
    // Omantel's four pages, then the three news reports every guide's tips rely on.
    expect(items.length).to.equal(7);
    expect(items.filter((li) => li.textContent!.includes('timesofoman.com'))).to.have.length(3);
    const blog = items.find((li) => li.textContent!.includes('muscati.com'))!;
    expect(blog.querySelector('a')).to.equal(null);
    expect(blog.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-28');
    expect(items.filter((li) => li.querySelector('a')).length).to.equal(3);
  });

  for (const operator of ['omantel', 'ooredoo', 'vodafone', 'friendi', 'redbull']) {
    it(`${operator}: tells its source pages apart, and says why a source is not linked`, async () => {
      const el = await render(html`<oman-sim-renewal operator=${operator}></oman-sim-renewal>`);
      const items = [...$(el, 'details.sources')!.querySelectorAll('li')];
      const names = items.map((li) => li.querySelector('bdi[dir="ltr"]')!.textContent!);
      expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
      for (const item of items.filter((li) => !li.querySelector('a'))) {
        expect(item.textContent).to.contain('not linked: not an official https page');
      }
    });
  }
});

describe('operator attribute: absent and unknown', () => {
  it('absent: a general guide with an operator chooser that switches the guide in place', async () => {
    const el = await render(html`<oman-sim-renewal tab="phone"></oman-sim-renewal>`);
    const chooser = $(el, '.chooser')!;
    expect(chooser.getAttribute('role')).to.equal('group');
    expect(el.shadowRoot!.getElementById(chooser.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Choose your operator:',
    );
    const options = () => [...$(el, '.chooser')!.querySelectorAll('button')]; // re-rendered when it folds
    expect(options().map((button) => button.textContent!.trim())).to.deep.equal([
      'Omantel',
      'Ooredoo',
      'Vodafone Oman',
      'FRiENDi mobile',
      'Red Bull MOBILE',
    ]);
    expect(options().map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(
      Array(5).fill('false'),
    );
    expect($$(el, 'a[href^="tel:"]')).to.have.length(0);

    options()[3].click();
    await el.updateComplete;
    expect($(el, '.title')!.textContent).to.contain('FRiENDi mobile');
    expect($(el, 'a[href="tel:+96898400000"]')).to.not.equal(null);
    expect(el.tab).to.equal('phone');

    // Chosen, the row folds to the operator and "Change"; Change opens it, the choice pressed.
    expect($(el, '.chooser .chosen')!.textContent!.trim()).to.equal('FRiENDi mobile');
    expect(options().map((button) => button.textContent!.trim())).to.deep.equal(['Change']);
    options()[0].click();
    await el.updateComplete;
    expect(options().map((button) => button.getAttribute('aria-pressed'))).to.deep.equal([
      'false',
      'false',
      'false',
      'true',
      'false',
    ]);
    options()[0].click();
    await el.updateComplete;
    expect($(el, '.title')!.textContent).to.contain('Omantel');
    expect($(el, '.chooser .chosen')!.textContent!.trim()).to.equal('Omantel');
  });

  it('the chooser works from the keyboard', async () => {
    const el = await render(html`<oman-sim-renewal></oman-sim-renewal>`);
    const [omantel, ooredoo] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chooser button')];
    omantel.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(ooredoo);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '.title')!.textContent).to.contain('Ooredoo');
    // Focus moves to "Change" (the chips are gone), then back to the chosen chip.
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    await waitFor(() => focused()?.classList.contains('change'), 'focus on Change');
    await sendKeys({ press: ' ' });
    await waitFor(() => focused()?.getAttribute('aria-pressed') === 'true', 'focus on the chosen chip');
    expect(focused()!.textContent!.trim()).to.equal('Ooredoo');
    (el.shadowRoot!.querySelector('.chip') as HTMLElement).focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect($(el, '.title')!.textContent).to.contain('Omantel');
    await expectAccessible(el);
  });

  it('unknown: general guide, the chooser, one warning naming the accepted values', async () => {
    let el!: OmanSimRenewal;
    const warnings = await captureWarnings(async () => {
      el = await render(html`<oman-sim-renewal operator="nawras-old"></oman-sim-renewal>`);
      el.requestUpdate('operator');
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('nawras-old').and.contain('omantel, ooredoo, vodafone, friendi, redbull');
    expect(tabs(el)).to.have.length(4);
    expect($(el, '.chooser button')).to.not.equal(null);
    expect($(el, 'details.sources')).to.equal(null);
  });

  it('a known operator hides the chooser', async () => {
    const el = await render(html`<oman-sim-renewal operator="omantel"></oman-sim-renewal>`);
    expect($(el, '.chooser')).to.equal(null);
  });
});

describe('USSD codes: copy, confirmed on screen and to screen readers', () => {
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  afterEach(() => Object.defineProperty(Navigator.prototype, 'clipboard', clipboard));

  function fakeClipboard(writeText: (text: string) => Promise<void>) {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      configurable: true,
      get: () => ({ writeText }),
    });
  }

  const status = (el: Element) => $(el, '#panel-phone .copy-status[role="status"]')!;

  it('copies the code and confirms it in a visible live region, again on a second copy', async () => {
    const copied: string[] = [];
    fakeClipboard(async (text) => void copied.push(text));
    const el = await render(html`<oman-sim-renewal operator="ooredoo" tab="phone"></oman-sim-renewal>`);
    const button = $(el, '#panel-phone button.copy')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Copy *222*123#');
    expect(status(el).textContent!.trim(), 'the live region exists, empty, before any copy').to.equal('');
    button.click();
    await waitFor(() => status(el).textContent!.replace(INVISIBLE_ISOLATES, '').includes('Copied *222*123#'));
    expect(copied).to.deep.equal(['*222*123#']);
    expect(status(el).getBoundingClientRect().height, 'visible, not only announced').to.be.greaterThan(0);

    // A second copy of the same code empties the region first, so it is announced again.
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(status(el).textContent!.trim()));
    observer.observe(status(el), { childList: true, characterData: true, subtree: true });
    button.click();
    await waitFor(() => seen.length >= 2 && seen[seen.length - 1].includes('Copied'));
    observer.disconnect();
    expect(seen).to.include('');
  });

  it('says how to copy by hand when the clipboard is blocked', async () => {
    fakeClipboard(() => Promise.reject(new Error('blocked')));
    const el = await render(html`<oman-sim-renewal operator="ooredoo" tab="phone"></oman-sim-renewal>`);
    $(el, '#panel-phone button.copy')!.click();
    await waitFor(() => status(el).textContent!.includes('Could not copy'));
  });
});

describe('print', () => {
  afterEach(resetMedia);

  it('prints every panel in order with its title, links with addresses, no controls', async function () {
    const el = await render(html`<oman-sim-renewal operator="ooredoo"></oman-sim-renewal>`);
    // What the browser does before it lays the page out for print.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await emulateMediaOrSkip(this, { media: 'print' });
    for (const panel of $$(el, '[role="tabpanel"]')) {
      expect(panel.querySelectorAll('li').length, `${panel.id} has its content`).to.be.greaterThan(3);
    }
    const panels = $$(el, '[role="tabpanel"]');
    expect(panels.map((panel) => getComputedStyle(panel).display)).to.deep.equal([
      'block',
      'block',
      'block',
      'block',
    ]);
    expect(panels.map((panel) => panel.querySelector('.panel-title')!.textContent!.trim())).to.deep.equal([
      'Online',
      'In a store',
      'By phone',
      'Tips',
    ]);
    expect(getComputedStyle($(el, '[role="tablist"]')!).display).to.equal('none');
    for (const button of $$(el, 'button')) expect(getComputedStyle(button).display).to.equal('none');
    const link = $(el, '#panel-online a.button-link')!;
    expect(getComputedStyle(link, '::after').content).to.contain('https://shop.ooredoo.om/');
  });
});
