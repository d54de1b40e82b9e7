// The blogger's own note (a named slot) and the events for what the reader does.
import { expect, html, oneEvent } from '@open-wc/testing';
import { Guide } from '../support/guide.js';

describe("the blogger's note", () => {
  it("shows under the title, above the tabs, in the guide's colours and the reader's direction", async () => {
    const guide = await Guide.render(
      html`<div style="color: rgb(30, 30, 30)">
        <oman-sim-renewal operator="ooredoo" language="ar">
          <p slot="note">I top up with the Ooredoo app.</p>
          <p>How to renew an Omani SIM (for readers without JavaScript).</p>
        </oman-sim-renewal>
      </div>`,
    );
    const note = guide.element.querySelector('[slot="note"]') as HTMLElement;
    const slot = guide.element.shadowRoot!.querySelector('slot[name="note"]') as HTMLSlotElement;
    expect(slot.assignedElements()).to.deep.equal([note]);
    const title = guide.byPart('title')[0].getBoundingClientRect();
    const tabs = guide.byPart('tablist')[0].getBoundingClientRect();
    const box = note.getBoundingClientRect();
    expect(box.top).to.be.at.least(title.bottom - 1);
    expect(box.bottom).to.be.at.most(tabs.top);
    expect(getComputedStyle(note).direction).to.equal('rtl');
    expect(getComputedStyle(note).color).to.equal('rgb(30, 30, 30)');
    // The fallback paragraph (no slot) is not shown once the guide renders.
    const fallback = guide.element.querySelector('p:not([slot])') as HTMLElement;
    expect(fallback.getBoundingClientRect().height).to.equal(0);
  });
});

describe('events for what the reader does', () => {
  it('situation-change when the reader switches In Oman / Abroad, not when script sets it', async () => {
    const guide = await Guide.render({ operator: 'ooredoo' });
    const [, abroad] = guide.byPart('situation-option');
    setTimeout(() => abroad.click());
    const event = await oneEvent(document, 'situation-change');
    expect(event.detail).to.deep.equal({ situation: 'abroad', previous: 'home' });
    expect(event.composed && event.bubbles).to.equal(true);
    let fired = 0;
    guide.element.addEventListener('situation-change', () => fired++);
    guide.element.situation = 'home';
    await guide.update();
    abroad.click(); // the reader again: one event
    await guide.update();
    expect(fired).to.equal(1);
  });

  it('operator-change when the reader chooses an operator in the general guide', async () => {
    const guide = await Guide.render();
    const options = guide.byPart('chooser-option');
    const friendi = options.find((option) => option.textContent!.includes('FRiENDi'))!;
    setTimeout(() => friendi.click());
    const event = await oneEvent(guide.element, 'operator-change');
    expect(event.detail).to.deep.equal({ operator: 'friendi', previous: undefined });
    expect(guide.element.operatorFacts?.id).to.equal('friendi');
  });
});
