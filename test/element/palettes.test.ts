// Readable in any palette: every text of the guide, in every tab, passes axe's colour
// contrast rule (WCAG AA) inside real blog themes' own stylesheets — light, dark and loud —
// and in the set-ups where a guess of the page's scheme goes wrong (a dark card made with
// the documented tokens, a dark stylesheet that loads late, a wide-gamut dark page, a blog's
// own dark-mode class). All three engines: each computes the relative colours and mixes
// itself, and axe reads the result from computed styles.
import { expect, html } from '@open-wc/testing';
import { Guide } from '../support/guide.js';
import { TAB_IDS } from '../../src/tabs/tabs.js';

interface PageTheme {
  name: string;
  /** Stylesheets, as their packages ship them (served from node_modules). */
  sheets?: string[];
  /** Attributes for <html>, and the page's own CSS. */
  root?: Record<string, string>;
  css?: string;
  /** The article's class (GitHub's markdown styles need it). */
  article?: string;
}

const THEMES: PageTheme[] = [
  { name: 'Pico light', sheets: ['@picocss/pico/css/pico.min.css'], root: { 'data-theme': 'light' } },
  { name: 'Pico dark', sheets: ['@picocss/pico/css/pico.min.css'], root: { 'data-theme': 'dark' } },
  {
    name: 'Bootstrap light',
    sheets: ['bootstrap/dist/css/bootstrap.min.css'],
    root: { 'data-bs-theme': 'light' },
  },
  {
    name: 'Bootstrap dark',
    sheets: ['bootstrap/dist/css/bootstrap.min.css'],
    root: { 'data-bs-theme': 'dark' },
  },
  { name: 'Water light', sheets: ['water.css/out/light.css'] },
  { name: 'Water dark', sheets: ['water.css/out/dark.css'] },
  {
    name: 'GitHub markdown light',
    sheets: ['github-markdown-css/github-markdown-light.css'],
    article: 'markdown-body',
  },
  {
    name: 'GitHub markdown dark',
    sheets: ['github-markdown-css/github-markdown-dark.css'],
    article: 'markdown-body',
    css: 'body{background:#0d1117}',
  },
  // WordPress block themes: a loud primary (Twenty Twenty-Three's lime) and a quiet one.
  {
    name: 'WordPress, loud primary',
    css: 'body{--wp--preset--color--primary:#9DFF20;background:#fff;color:#000}',
  },
  {
    name: 'WordPress, quiet primary',
    css: 'body{--wp--preset--color--primary:#1e4a73;background:#f9f9f9;color:#111}',
  },
  { name: 'hand-made dark page', css: 'body{background:#121212;color:#e6e6e6}' },
  {
    name: 'wide-gamut dark page',
    css: 'body{background:color(display-p3 0.07 0.07 0.08);color:color(display-p3 0.92 0.92 0.95)}',
  },
  {
    name: 'dark card from the tokens',
    css: 'body{background:#fff;color:#111} oman-sim-renewal{--osr-background:#1b1f24;--osr-color:#e6edf3}',
  },
];

const styleSheets: HTMLElement[] = [];

async function usePage(theme: PageTheme) {
  for (const node of styleSheets.splice(0)) node.remove();
  for (const attribute of ['data-theme', 'data-bs-theme'])
    document.documentElement.removeAttribute(attribute);
  for (const [name, value] of Object.entries(theme.root ?? {}))
    document.documentElement.setAttribute(name, value);
  for (const sheet of theme.sheets ?? []) {
    const link = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: `/node_modules/${sheet}`,
    });
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    styleSheets.push(link);
    await loaded;
  }
  if (theme.css) {
    const style = Object.assign(document.createElement('style'), { textContent: theme.css });
    document.head.append(style);
    styleSheets.push(style);
  }
}

/** axe's colour-contrast violations in the guide, as readable lines. */
async function contrastProblems(element: Element): Promise<string[]> {
  const { axe } = window as unknown as { axe?: { run: (...args: unknown[]) => Promise<AxeResults> } };
  if (!axe) await import('axe-core/axe.min.js' as string);
  const results = await (
    window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResults> } }
  ).axe.run(element, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').pop()}`),
  );
}

interface AxeResults {
  violations: { nodes: { target: string[]; failureSummary?: string }[] }[];
}

describe('readable in any palette (axe colour contrast)', function () {
  this.timeout(120_000);
  after(() => usePage({ name: 'none' }));

  for (const theme of THEMES) {
    it(`${theme.name}: every tab, with theme auto, light and dark`, async () => {
      await usePage(theme);
      const problems: string[] = [];
      for (const attribute of ['auto', 'light', 'dark']) {
        const guide = await Guide.render(
          html`<article class=${theme.article ?? ''}>
            <p>Before the guide.</p>
            <oman-sim-renewal operator="ooredoo" language="en" situation="abroad" theme=${attribute}></oman-sim-renewal>
          </article>`,
        );
        // The page's look is read after the first paint.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        await guide.update();
        for (const tab of TAB_IDS) {
          await guide.open(tab);
          // Measured once the tabs' colour transitions have ended.
          await Promise.all(guide.element.shadowRoot!.getAnimations().map((animation) => animation.finished));
          for (const problem of await contrastProblems(guide.element))
            problems.push(`${attribute} ${tab}: ${problem}`);
        }
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
