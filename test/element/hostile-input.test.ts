// Property-based: whatever a page puts in our attributes or properties, the widget keeps
// working, injects no markup, and does not flood the console.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { captureWarnings } from '../support/helpers.js';
import { Guide } from '../support/guide.js';

const RUNS = 10_000;
const ATTRIBUTES = ['operator', 'lang', 'language', 'tab', 'dir'] as const;
/** Every element the widget itself renders; anything else would be injected. */
const OUR_TAGS = new Set([
  'DIV',
  'P',
  'BUTTON',
  'OL',
  'UL',
  'LI',
  'STRONG',
  'SPAN',
  'A',
  'CODE',
  'BDI',
  'DETAILS',
  'SUMMARY',
  'TIME',
  'LABEL',
  'SELECT',
  'OPTION',
  'INPUT',
  'SECTION',
  'SLOT', // the blogger's note (light DOM assigned to it is the page's own)
]);

const markup = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  'javascript:alert(1)',
  '<!--',
  '</oman-sim-renewal><b>x</b>',
);
const tricky = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'ONLINE',
  ' tips ',
  'ar',
  'zh-CN',
  'rtl',
  'renna',
  'Ooredoo',
  'und',
  'x-',
  '-',
  'zh-Hant-TW',
);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: tricky },
  { weight: 3, arbitrary: markup },
  { weight: 1, arbitrary: fc.string({ minLength: 2000, maxLength: 20_000, unit: 'grapheme-ascii' }) },
);
const values = fc.record({ operator: text, lang: text, language: text, tab: text, dir: text });

function injected(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => !OUR_TAGS.has(node.tagName) || [...node.attributes].some((a) => /^on/i.test(a.name)))
    .map((node) => node.outerHTML.slice(0, 80));
}

describe(`hostile input (${RUNS.toLocaleString('en')} generated values per attribute)`, () => {
  it('never throws, never injects markup, always renders four tabs, warns at most once per bad value', async function () {
    this.timeout(180_000);
    const guide = await Guide.render();
    const el = guide.element;
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const badValues = new Set<string>();
    const warnings = await captureWarnings(async () => {
      await fc.assert(
        fc.asyncProperty(values, fc.boolean(), async (input, asProperties) => {
          for (const name of ATTRIBUTES) {
            if (asProperties && (name === 'operator' || name === 'language' || name === 'tab')) {
              (el as unknown as Record<string, string>)[name] = input[name];
            } else {
              el.setAttribute(name, input[name]);
            }
          }
          await el.updateComplete;
          badValues.add(`tab:${input.tab}`).add(`operator:${input.operator}`);
          const visible = guide.panels.filter((panel) => !panel.hidden);
          return (
            guide.tabs.length === 4 &&
            visible.length === 1 &&
            injected(el).length === 0 &&
            errors.length === 0
          );
        }),
        { numRuns: RUNS },
      );
    }).finally(() => window.removeEventListener('error', onError));
    expect(errors).to.deep.equal([]);
    expect(warnings.length).to.be.at.most(badValues.size);
    expect(new Set(warnings).size, 'no warning repeated').to.equal(warnings.length);
    for (const message of warnings) expect(message.length).to.be.below(400);
  });

  it('the check above would catch injected markup (control)', async () => {
    const guide = await Guide.render();
    const el = guide.element;
    expect(injected(el)).to.deep.equal([]);
    guide.byPart('base')[0].append(Object.assign(document.createElement('img'), { src: 'data:,' }));
    expect(injected(el)).to.have.length(1);
  });
});
