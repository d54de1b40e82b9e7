// Adversarial review, findings 13 and 22: the copy result speaks the guide's current
// language, and a clipboard that never answers still gets the reader an answer.
import { expect, html } from '@open-wc/testing';
import { render } from '../support/helpers.js';
import { waitFor } from '../support/wait.js';

const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
const fakeClipboard = (writeText: (text: string) => Promise<void>) =>
  Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText }) });

const status = (el: Element) =>
  el.shadowRoot!.querySelector('#panel-phone .copy-status')!.textContent!.trim();
const copyButton = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('#panel-phone button.copy')!;

describe('copy results', () => {
  afterEach(() => Object.defineProperty(Navigator.prototype, 'clipboard', clipboard));

  it('follow a language switch after the copy (finding 13)', async () => {
    fakeClipboard(async () => undefined);
    const el = await render(
      html`<oman-sim-renewal operator="ooredoo" tab="phone" language="en"></oman-sim-renewal>`,
    );
    copyButton(el).click();
    await waitFor(() => status(el).startsWith('Copied'), 'copied, in English');
    el.language = 'ar';
    await el.updateComplete;
    expect(status(el)).to.not.contain('Copied');
    expect(status(el)).to.match(/[\u0600-\u06ff]/);
    expect(status(el)).to.contain('*222*123#');
  });

  it('a clipboard that never settles ends in the copy-it-yourself advice (finding 22)', async () => {
    fakeClipboard(() => new Promise(() => {}));
    const el = await render(html`<oman-sim-renewal operator="ooredoo" tab="phone"></oman-sim-renewal>`);
    copyButton(el).click();
    await waitFor(() => status(el).includes('Could not copy'), 'the reader is told to copy by hand');
  });
});
