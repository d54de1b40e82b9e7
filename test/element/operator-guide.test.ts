import { expect } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, emulateMediaOrSkip, resetMedia } from '../support/helpers.js';
import { Guide, textOf } from '../support/guide.js';
import { waitFor } from '../support/wait.js';

const title = (guide: Guide) => textOf(guide.byPart('title')[0]);
const hrefs = (links: HTMLElement[]) => links.map((link) => link.getAttribute('href'));
const isTel = (link: Element) => link.getAttribute('href')?.startsWith('tel:') ?? false;
const telLinks = (guide: Guide) => guide.links.filter(isTel);

/** A tap-to-call link beside a USSD code ("Dial"), as opposed to a hotline number. */
const dialsACode = (link: Element) => link.closest('li')?.querySelector('code') != null;

describe('operator guides', () => {
  it('Ooredoo: tap-to-call hotlines, the reported one marked unconfirmed; Dial next to Copy', async () => {
    const guide = await Guide.render({ operator: 'ooredoo', tab: 'phone' });
    const dials = guide.byPart('tel', 'phone').filter(dialsACode);
    expect(dials.length).to.be.greaterThan(0);
    for (const dial of dials) {
      const code = dial.closest('li')!.querySelector('code')!.textContent!;
      expect(dial.getAttribute('href')).to.equal(`tel:${code.replaceAll('#', '%23')}`);
      expect(dial.nextElementSibling!.matches('[part~="copy-button"]')).to.equal(true);
      // Offered only where a device can dial (a touch screen); Copy is always there.
      const canDial = matchMedia('(any-pointer: coarse)').matches;
      expect(getComputedStyle(dial).display === 'none', 'Dial hidden without a touch screen').to.equal(
        !canDial,
      );
    }
    expect(guide.text('phone')).to.contain('Call one of the numbers above.').and.not.contain('tap to call');
    const calls = guide.byPart('tel', 'phone').filter((link) => !dialsACode(link));
    expect(hrefs(calls)).to.deep.equal(['tel:1500', 'tel:+96895011500']);
    expect(calls[1].textContent!.trim()).to.equal('+968 9501 1500');
    const [ownLine, anyNetwork] = calls.map((a) => textOf(a.closest('li')));
    // Both numbers were seen only on a legacy Ooredoo page: unconfirmed, as the schema says.
    expect(ownLine).to.contain('Only from Ooredoo numbers').and.contain('Unconfirmed');
    expect(anyNetwork).to.contain('Unconfirmed').and.contain('ooredoo.om');
  });

  it('Ooredoo: recharge link with the menu path, the app by name, SIM reactivation in tips', async () => {
    const guide = await Guide.render({ operator: ' OOREDOO ' });
    const recharge = guide.byPart('button-link', 'online')[0];
    expect(recharge.getAttribute('href')).to.equal('https://shop.ooredoo.om/');
    expect(guide.text('online')).to.contain('Quick Payment › Prepaid Recharge').and.contain('Ooredoo Oman');
    guide.element.tab = 'tips';
    await guide.update();
    expect(guide.text('tips')).to.contain('SIM Services › SIM Reactivation');
    expect(guide.text('tips')).to.contain('*222*123#');
  });

  it('Omantel: the blog-sourced hotline is shown as unconfirmed', async () => {
    const guide = await Guide.render({ operator: 'omantel', tab: 'phone' });
    const item = guide.panel('phone').querySelector('a[href="tel:1234"]')!.closest('li')!;
    expect(item.textContent).to.contain('Unconfirmed');
  });

  it('Vodafone: no number is invented; the reader is sent to the official site', async () => {
    const guide = await Guide.render({ operator: 'vodafone', tab: 'phone' });
    expect(telLinks(guide)).to.have.length(0);
    expect(guide.text('phone')).to.contain('We could not confirm a hotline for Vodafone Oman');
    expect(guide.panel('phone').querySelector('a[href="https://www.vodafone.om/"]')).to.not.equal(null);
  });

  it('FRiENDi: the international number, said to work from anywhere as advice, not as a fact', async () => {
    // The number was seen; that it works from any network or abroad is only inferred from
    // its international format (docs/sources.md), so the caption says "should".
    const guide = await Guide.render({ operator: 'friendi', tab: 'phone' });
    const call = guide.panel('phone').querySelector('a[href="tel:+96898400000"]')!;
    expect(call.closest('li')!.textContent).to.contain(
      'An international number: it should work from any network, and from abroad',
    );
  });

  it('renna shows the Red Bull MOBILE guide', async () => {
    const guide = await Guide.render({ operator: 'renna' });
    expect(title(guide)).to.contain('Red Bull MOBILE');
  });

  it('every external link is https, official, opens safely in a new tab', async () => {
    for (const operator of ['omantel', 'ooredoo', 'vodafone', 'friendi', 'redbull']) {
      const guide = await Guide.render({ operator });
      const links = guide.links.filter((link) => link.hasAttribute('href') && !isTel(link));
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
    const guide = await Guide.render({ operator: 'omantel' });
    expect(guide.byPart('sources')[0].querySelectorAll('li'), 'built only once opened').to.have.length(0);
    const sources = await guide.openSources();
    expect(sources.querySelector('summary')!.textContent).to.match(
      /Sources · pages read on .*2026.* or later/,
    );
    const items = [...sources.querySelectorAll('li')];
    // Omantel's four pages, then the three news reports every guide's tips rely on.
    expect(items.length).to.equal(7);
    expect(items.filter((li) => li.textContent!.includes('Times of Oman'))).to.have.length(3);
    const blog = items.find((li) => li.textContent!.includes('muscati.com'))!;
    expect(blog.querySelector('a')).to.equal(null);
    expect(blog.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-28');
    expect(items.filter((li) => li.querySelector('a')).length).to.equal(3);
  });

  for (const operator of ['omantel', 'ooredoo', 'vodafone', 'friendi', 'redbull']) {
    it(`${operator}: tells its source pages apart, and says why a source is not linked`, async () => {
      const guide = await Guide.render({ operator });
      const items = [...(await guide.openSources()).querySelectorAll('li')];
      const names = items.map((li) => li.querySelector('bdi[dir="ltr"]')!.textContent!);
      expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
      // Names a reader understands: the page's title, not its URL slug.
      for (const name of names) expect(name).to.not.match(/stadard|\.aspx|auto pay$/);
      for (const item of items.filter((li) => !li.querySelector('a'))) {
        expect(item.textContent).to.contain("not linked: not the operator's own page");
      }
    });
  }
});

describe('operator attribute: absent and unknown', () => {
  it('absent: a general guide with an operator chooser that switches the guide in place', async () => {
    const guide = await Guide.render({ tab: 'phone' });
    const chooser = guide.byPart('chooser')[0];
    expect(chooser.getAttribute('role')).to.equal('group');
    expect(guide.labelOf(chooser)).to.equal('Choose your operator:');
    const options = () => [...guide.byPart('chooser')[0].querySelectorAll('button')]; // re-rendered when it folds
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
    expect(telLinks(guide)).to.have.length(0);

    options()[3].click();
    await guide.update();
    expect(title(guide)).to.contain('FRiENDi mobile');
    expect(hrefs(telLinks(guide))).to.include('tel:+96898400000');
    expect(guide.element.tab).to.equal('phone');

    // Chosen, the row folds to the operator and "Change"; Change opens it, the choice pressed.
    expect(guide.chooserOptions.map(textOf)).to.deep.equal(['FRiENDi mobile']);
    expect(options().map((button) => button.textContent!.trim())).to.deep.equal(['Change']);
    options()[0].click();
    await guide.update();
    expect(options().map((button) => button.getAttribute('aria-pressed'))).to.deep.equal([
      'false',
      'false',
      'false',
      'true',
      'false',
    ]);
    options()[0].click();
    await guide.update();
    expect(title(guide)).to.contain('Omantel');
    expect(guide.chooserOptions.map(textOf)).to.deep.equal(['Omantel']);
  });

  it('the chooser works from the keyboard', async () => {
    const guide = await Guide.render();
    const [omantel, ooredoo] = guide.chooserOptions;
    omantel.focus();
    await sendKeys({ press: 'Tab' });
    expect(guide.focused).to.equal(ooredoo);
    await sendKeys({ press: 'Enter' });
    await guide.update();
    expect(title(guide)).to.contain('Ooredoo');
    // Focus moves to "Change" (the chips are gone), then back to the chosen chip.
    await waitFor(() => textOf(guide.focused) === 'Change', 'focus on Change');
    await sendKeys({ press: ' ' });
    await waitFor(() => guide.focused?.getAttribute('aria-pressed') === 'true', 'focus on the chosen chip');
    expect(guide.focused!.textContent!.trim()).to.equal('Ooredoo');
    guide.chooserOptions[0].focus();
    await sendKeys({ press: ' ' });
    await guide.update();
    expect(title(guide)).to.contain('Omantel');
    await expectAccessible(guide.element);
  });

  it('unknown: general guide, the chooser, one warning naming the accepted values', async () => {
    let guide!: Guide;
    const warnings = await captureWarnings(async () => {
      guide = await Guide.render({ operator: 'nawras-old' });
      guide.element.requestUpdate('operator');
      await guide.update();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('nawras-old').and.contain('omantel, ooredoo, vodafone, friendi, redbull');
    expect(guide.tabs).to.have.length(4);
    expect(guide.chooserOptions).to.not.have.length(0);
    expect(guide.byPart('sources')).to.have.length(0);
  });

  it('a known operator hides the chooser', async () => {
    const guide = await Guide.render({ operator: 'omantel' });
    expect(guide.byPart('chooser')).to.have.length(0);
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

  it('copies the code and confirms it in a visible live region, again on a second copy', async () => {
    const copied: string[] = [];
    fakeClipboard(async (text) => void copied.push(text));
    const guide = await Guide.render({ operator: 'ooredoo', tab: 'phone' });
    const button = guide.copyButtons[0];
    const status = () => guide.copyStatusRegion();
    expect(textOf(button)).to.equal('Copy *222*123#');
    expect(status().textContent!.trim(), 'the live region exists, empty, before any copy').to.equal('');
    button.click();
    await waitFor(() => guide.copyStatus().includes('Copied *222*123#'));
    expect(copied).to.deep.equal(['*222*123#']);
    expect(status().getBoundingClientRect().height, 'visible, not only announced').to.be.greaterThan(0);

    // A second copy of the same code empties the region first, so it is announced again.
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(status().textContent!.trim()));
    observer.observe(status(), { childList: true, characterData: true, subtree: true });
    button.click();
    await waitFor(() => seen.length >= 2 && seen[seen.length - 1].includes('Copied'));
    observer.disconnect();
    expect(seen).to.include('');
  });

  it('says how to copy by hand when the clipboard is blocked', async () => {
    fakeClipboard(() => Promise.reject(new Error('blocked')));
    const guide = await Guide.render({ operator: 'ooredoo', tab: 'phone' });
    guide.copyButtons[0].click();
    await waitFor(() => guide.copyStatus().includes('Could not copy'));
  });
});

describe('print', () => {
  afterEach(resetMedia);

  it('prints every panel in order with its title, links with addresses, no controls', async function () {
    const guide = await Guide.render({ operator: 'ooredoo' });
    // What the browser does before it lays the page out for print.
    window.dispatchEvent(new Event('beforeprint'));
    await guide.update();
    await emulateMediaOrSkip(this, { media: 'print' });
    for (const panel of guide.panels) {
      expect(panel.querySelectorAll('li').length, `${panel.id} has its content`).to.be.greaterThan(3);
    }
    const panels = guide.panels;
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
    expect(getComputedStyle(guide.byPart('tablist')[0]).display).to.equal('none');
    for (const button of guide.buttons) expect(getComputedStyle(button).display).to.equal('none');
    const link = guide.byPart('button-link', 'online')[0];
    expect(getComputedStyle(link, '::after').content).to.contain('https://shop.ooredoo.om/');
  });
});
