import { expect, html } from '@open-wc/testing';
import { render, type OmanSimRenewal } from '../support/helpers.js';
import { textOf as text } from '../support/guide.js';

// .stale and .contacts are internal classes (no part); the sources box is found by its part.
const SOURCES_SUMMARY = '[part~="sources"] summary';

/** Renders a guide with the reader's clock set to `now` (restored once it has rendered). */
async function renderAt(now: Date, template: ReturnType<typeof html>) {
  const realNow = Date.now;
  Date.now = () => now.getTime();
  try {
    const el = await render(template);
    await el.updateComplete;
    return el as OmanSimRenewal;
  } finally {
    Date.now = realNow;
  }
}

describe('facts that age visibly', () => {
  it('a week after the check: no age note', async () => {
    const el = await renderAt(
      new Date(2026, 11, 5),
      html`<oman-sim-renewal operator="ooredoo" tab="phone"></oman-sim-renewal>`,
    );
    expect(el.shadowRoot!.querySelectorAll('.stale')).to.have.length(0);
    expect(text(el.shadowRoot!.querySelector(SOURCES_SUMMARY))).to.contain(
      'pages read on 2026-11-28 or later',
    );
  });

  it('14 months after the check: each fact and the sources summary say so', async () => {
    const el = await renderAt(
      new Date(2028, 1, 1),
      html`<oman-sim-renewal operator="ooredoo" tab="phone"></oman-sim-renewal>`,
    );
    const hotlines = [...el.shadowRoot!.querySelectorAll('#panel-phone .contacts li')].map(text);
    for (const line of hotlines) expect(line).to.contain('Page read 14 months ago — may have changed');
    const summary = text(el.shadowRoot!.querySelector(SOURCES_SUMMARY));
    expect(summary).to.contain('pages read on 2026-11-28 or later').and.contain('14 months ago');
  });

  it('in the reader language, with Intl wording', async () => {
    const el = await renderAt(
      new Date(2028, 1, 1),
      html`<oman-sim-renewal operator="friendi" language="zh-Hans" tab="phone"></oman-sim-renewal>`,
    );
    const ago = new Intl.RelativeTimeFormat('zh-Hans').format(-14, 'month');
    const note = text(el.shadowRoot!.querySelector('#panel-phone .stale'));
    expect(note).to.contain(ago).and.not.contain('Page read');
  });

  it('in Bengali, with Bengali digits like its dates', async () => {
    const el = await renderAt(
      new Date(2028, 1, 1),
      html`<oman-sim-renewal operator="friendi" language="bn" tab="phone"></oman-sim-renewal>`,
    );
    const note = text(el.shadowRoot!.querySelector('#panel-phone .stale'));
    expect(note).to.contain('১৪').and.not.match(/[0-9]/);
  });
});
