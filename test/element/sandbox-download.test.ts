// In a sandboxed iframe without allow-downloads the
// reminder button did nothing and said nothing.
import { expect } from '@open-wc/testing';
import { openFrame } from '../support/frames.js';
import { Guide } from '../support/guide.js';

async function reminderIn(frame: HTMLIFrameElement) {
  const guide = new Guide(document.createElement('oman-sim-renewal'));
  guide.element.setAttribute('tab', 'tips');
  frame.contentDocument!.body.append(guide.element);
  await guide.update();
  await guide.enterExpiry(`${new Date().getFullYear() + 1}-06-15`);
  guide.reminderButton!.click();
  await guide.update();
  return guide.reminderStatus.textContent!;
}

describe('the reminder in a sandboxed frame', () => {
  it('says the page may block the download when the sandbox lacks allow-downloads', async () => {
    const frame = await openFrame((f) => {
      f.setAttribute('sandbox', 'allow-scripts allow-same-origin');
      f.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
    });
    expect(await reminderIn(frame)).to.contain('may block downloads');
    frame.remove();
  });

  it('says nothing of the kind where downloads are allowed (control)', async () => {
    const frame = await openFrame((f) => {
      f.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-downloads');
      f.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
    });
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {}; // no real download
    try {
      expect(await reminderIn(frame)).to.not.contain('may block downloads');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    frame.remove();
  });
});
