// Whole in any box: a blog puts the guide in a table cell (old layouts), a float, an
// inline-block callout, a <dialog> ("How do I renew?") or a popover. Each of these sizes its
// content to fit, and a size container has no width of its own to offer: the guide kept a
// width of one word (34–50 px) and grew 15,000 px tall. It must keep a readable width —
// 280 px or more, or all of its box where the box is narrower — in all three engines.
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { Guide } from '../support/guide.js';

const guide = html`<oman-sim-renewal operator="ooredoo" language="en"></oman-sim-renewal>`;

const BOXES: [string, TemplateResult, (root: HTMLElement) => void][] = [
  ['a table cell', html`<table><tr><td>${guide}</td><td>Sidebar</td></tr></table>`, () => {}],
  [
    'a float',
    html`<div><div style="float: inline-start">${guide}</div><p>Text around the float.</p></div>`,
    () => {},
  ],
  ['an inline-block callout', html`<div><span style="display: inline-block">${guide}</span></div>`, () => {}],
  [
    'a float with a narrow max-width',
    html`<div><div style="float: inline-start; max-inline-size: 200px">${guide}</div></div>`,
    () => {},
  ],
  [
    'a dialog',
    html`<div><dialog>${guide}</dialog></div>`,
    (root) => root.querySelector('dialog')!.showModal(),
  ],
  [
    'a popover',
    html`<div><div popover="manual">${guide}</div></div>`,
    (root) => (root.querySelector('[popover]') as HTMLElement).showPopover?.(),
  ],
];

describe('whole in shrink-to-fit boxes', () => {
  for (const [name, template, open] of BOXES) {
    it(`keeps a readable width in ${name}`, async function () {
      const rendered = await Guide.render(template);
      const root = rendered.element.closest('table, div')!.parentElement as HTMLElement;
      if (name === 'a popover' && !('showPopover' in HTMLElement.prototype)) this.skip();
      open(root);
      await rendered.update();
      const box = rendered.byPart('base')[0].getBoundingClientRect();
      const limit = name.includes('narrow') ? 200 : 280;
      expect(box.width, `${name}: ${Math.round(box.width)} px wide`).to.be.at.least(limit - 1);
      expect(box.width, `${name}: within the screen`).to.be.at.most(window.innerWidth);
      expect(box.height, `${name}: ${Math.round(box.height)} px tall`).to.be.below(3000);
      root.querySelector('dialog')?.close();
      (root.querySelector('[popover]') as HTMLElement | null)?.hidePopover?.();
    });
  }
});
