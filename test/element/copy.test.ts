// The copy result speaks the guide's current
// language, and a clipboard that never answers still gets the reader an answer.
import { expect } from '@open-wc/testing';
import { Guide } from '../support/guide.js';
import { waitFor } from '../support/wait.js';

const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
const fakeClipboard = (writeText: (text: string) => Promise<void>) =>
  Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText }) });

describe('copy results', () => {
  afterEach(() => Object.defineProperty(Navigator.prototype, 'clipboard', clipboard));

  it('follow a language switch after the copy', async () => {
    fakeClipboard(async () => undefined);
    const guide = await Guide.render({ operator: 'ooredoo', tab: 'phone', language: 'en' });
    guide.copyButtons[0].click();
    await waitFor(() => guide.copyStatus().startsWith('Copied'), 'copied, in English');
    guide.element.language = 'ar';
    await guide.update();
    expect(guide.copyStatus()).to.not.contain('Copied');
    expect(guide.copyStatus()).to.match(/[\u0600-\u06ff]/);
    expect(guide.copyStatus()).to.contain('*222*123#');
  });

  it('a clipboard that never settles ends in the copy-it-yourself advice', async () => {
    fakeClipboard(() => new Promise(() => {}));
    const guide = await Guide.render({ operator: 'ooredoo', tab: 'phone' });
    guide.copyButtons[0].click();
    await waitFor(() => guide.copyStatus().includes('Could not copy'), 'the reader is told to copy by hand');
  });
});
