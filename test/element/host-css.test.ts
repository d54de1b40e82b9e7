// A blog theme's aggressive global CSS must not break the widget's layout or tab order;
// only the documented inheritances (font family, custom properties) come through.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Guide } from '../support/guide.js';

const HOSTILE_THEME = `
  * { letter-spacing: 3px !important; text-transform: uppercase; line-height: 3; text-align: justify;
      word-spacing: 10px; font-style: italic; font-family: Georgia, serif; text-indent: 2em; }
  body { direction: rtl; }
  button { background: red !important; padding: 40px !important; display: block !important; width: 100%; border-radius: 0; }
  a { color: magenta !important; text-decoration: line-through !important; }
  ul, ol { list-style: none !important; padding: 0 !important; margin: 50px !important; }
  li { display: inline !important; }
  p { margin: 5em !important; }
  div { border: 5px solid lime !important; }
`;

/** Positions of the tabs and panel text relative to the widget, to compare layouts. */
function geometry(guide: Guide) {
  const origin = guide.element.getBoundingClientRect();
  const online = guide.panel('online');
  const rects = [...guide.tabs, ...online.querySelectorAll('li'), ...guide.byPart('caution', 'online')].map(
    (node) => node.getBoundingClientRect(),
  );
  return rects.map((r) => [r.left - origin.left, r.top - origin.top, r.width, r.height].map(Math.round));
}

async function renderPlainAndThemed() {
  const plain = await Guide.render({
    language: 'en',
    operator: 'ooredoo',
    style: 'width: 700px; font-family: Georgia, serif',
  });
  const plainGeometry = geometry(plain);
  plain.element.remove();
  const style = document.createElement('style');
  style.textContent = HOSTILE_THEME;
  document.head.append(style);
  const themed = await Guide.render({ language: 'en', operator: 'ooredoo', style: 'width: 700px' });
  return { plainGeometry, themed, style };
}

describe('a hostile blog theme', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(() => style?.remove());

  it('leaves the layout of tabs and panel exactly as on a plain page', async () => {
    const result = await renderPlainAndThemed();
    style = result.style;
    expect(geometry(result.themed)).to.deep.equal(result.plainGeometry);
  });

  it('inherited text styles stop at the widget; the font family comes through', async () => {
    const result = await renderPlainAndThemed();
    style = result.style;
    const step = result.themed.panel('online').querySelector('li')!;
    const computed = getComputedStyle(step);
    expect(computed.textTransform).to.equal('none');
    expect(computed.letterSpacing).to.equal('normal');
    expect(['start', 'left'], 'text-align').to.include(computed.textAlign); // Firefox resolves start to left
    expect(computed.fontStyle).to.equal('normal');
    expect(computed.direction).to.equal('ltr');
    expect(computed.fontFamily).to.equal('Georgia, serif');
  });

  it('keeps the tab order: the In Oman / Abroad toggle, the lapsed-line button, selected tab, its panel', async () => {
    const result = await renderPlainAndThemed();
    style = result.style;
    const before = document.createElement('button');
    before.textContent = 'before';
    result.themed.element.before(before);
    before.focus();
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = result.themed.focused;
      order.push(active?.id || active?.getAttribute('part') || 'outside');
    }
    before.remove();
    expect(order).to.deep.equal([
      'situation-option',
      'situation-option',
      'lapsed-toggle',
      'tab-online',
      'panel-online',
      'button-link',
    ]);
  });
});
