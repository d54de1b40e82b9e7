// Captures what the built guide renders, for the Shoelace and limit contenders
// (bench/pages/contenders/), and writes bench/pages/generated/snapshots.js.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** In the page: render one guide from dist/ and describe it. */
async function capture({ operator, lang }) {
  document.documentElement.lang = lang;
  await import('/dist/oman-sim-renewal.js');
  const guide = document.createElement('oman-sim-renewal');
  if (operator) guide.setAttribute('operator', operator);
  document.body.append(guide);
  await guide.updateComplete;
  const root = guide.shadowRoot;
  // Lit's markers are comments; the limit needs none. Hidden print-only titles are not
  // visible content.
  const clean = (node) => {
    const copy = node.cloneNode(true);
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const comment of comments) comment.remove();
    return copy;
  };
  const shadow = [...root.childNodes].map((node) => clean(node)).map((node) => node.outerHTML ?? node.textContent);
  const visiblePanel = clean(root.querySelector('[role="tabpanel"]:not([hidden])'));
  visiblePanel.querySelectorAll('.print-only').forEach((node) => node.remove());
  const base = root.querySelector('[part~="base"]');
  const result = {
    shadow: shadow.join(''),
    css: root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    visible: {
      lang: base.lang,
      dir: getComputedStyle(base).direction,
      title: clean(root.querySelector('[part~="title"]')).outerHTML,
      chooser: root.querySelector('[part~="chooser"]') ? clean(root.querySelector('[part~="chooser"]')).outerHTML : '',
      tabs: [...root.querySelectorAll('[role="tab"]')].map((tab) => ({
        id: tab.id.replace('tab-', ''),
        label: tab.textContent.trim(),
      })),
      panel: visiblePanel.innerHTML,
      summary: root.querySelector('summary')?.textContent.trim() ?? '',
    },
  };
  guide.remove();
  return result;
}

export async function writeSnapshots(browser, baseUrl, configs, file) {
  const snapshots = {};
  for (const config of configs) {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}/bench/pages/empty.html`);
      snapshots[`${config.operator || 'generic'} ${config.lang}`] = await page.evaluate(capture, config);
    } finally {
      await page.close();
    }
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(
    file,
    '// Written by bench/lib/snapshot.mjs from dist/oman-sim-renewal.js. Do not edit.\n' +
      `export const SNAPSHOTS = ${JSON.stringify(snapshots, null, 1)};\n`,
  );
  return snapshots;
}
