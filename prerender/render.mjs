// Renders the guide to HTML in Node, for static site generators (Eleventy, Astro, Next,
// Hugo's build step) and for `npx oman-sim-renewal render`: the element itself, rendered by
// Lit's own server renderer (@lit-labs/ssr) from the same templates, facts and translations.
// Two forms, in one <oman-sim-renewal> element:
// - `shadow`: declarative shadow DOM, which a browser shows before (and without) the script,
//   identical to the guide it becomes; the element replaces it when it upgrades;
// - `plain`: semantic light-DOM HTML (plain-html.mjs), for feed readers, newsletters and
//   crawlers, which show neither shadow DOM nor script. Hidden once the guide renders.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parseFragment } from 'parse5';
import '../lib/index.js';
import { plainHtml } from './plain-html.mjs';

/**
 * @typedef {{ operator?: string, language?: string, situation?: 'home' | 'abroad', tab?: string }} GuideOptions
 * @typedef {{ shadow?: boolean, plain?: boolean }} Forms
 */

/** A parse5 node's children: a template's are in its content. */
const childrenOf = (/** @type {any} */ node) =>
  node.nodeName === 'template' ? node.content.childNodes : (node.childNodes ?? []);

/** A parse5 node as a plain-html.mjs node. @returns {import('./plain-html.mjs').PlainNode} */
function fromParse5(/** @type {any} */ node) {
  if (node.nodeName === '#text') return { type: 'text', value: node.value };
  const attrs = Object.fromEntries((node.attrs ?? []).map((/** @type {any} */ a) => [a.name, a.value]));
  const children = childrenOf(node);
  return {
    type: 'element',
    name: node.nodeName,
    attrs,
    children: children.filter((/** @type {any} */ c) => c.nodeName !== '#comment').map(fromParse5),
  };
}

/** The first element with class `className` in `node` or under it, depth first. */
function find(/** @type {any} */ node, /** @type {string} */ className) {
  const classOf = (/** @type {any} */ n) =>
    n.attrs?.find((/** @type {any} */ a) => a.name === 'class')?.value ?? '';
  if (classOf(node).split(/\s+/).includes(className)) return node;
  for (const child of childrenOf(node)) {
    const found = find(child, className);
    if (found) return found;
  }
  return undefined;
}

const attribute = (/** @type {string} */ name, /** @type {string | undefined} */ value) =>
  value ? ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` : '';

/**
 * The guide as HTML: `<oman-sim-renewal …>` holding its declarative shadow DOM and/or its
 * plain text. Paste it where the guide goes, with the script tag (or without: it still reads).
 * @param {GuideOptions} options
 * @param {Forms} [forms]
 * @returns {string}
 */
export function renderGuide(
  { operator, language, situation, tab } = {},
  { shadow = true, plain = true } = {},
) {
  const ssr = collectResultSync(
    render(
      html`<oman-sim-renewal
        operator=${operator ?? ''}
        language=${language ?? ''}
        situation=${situation ?? 'home'}
        tab=${tab ?? 'online'}
      ></oman-sim-renewal>`,
    ),
  );
  const tree = parseFragment(ssr, { scriptingEnabled: false });
  const host = /** @type {any} */ (tree).childNodes.find(
    (/** @type {any} */ n) => n.nodeName === 'oman-sim-renewal',
  );
  const template = host.childNodes.find((/** @type {any} */ n) => n.nodeName === 'template');
  const shadowHtml = ssr.slice(
    ssr.indexOf('<template'),
    ssr.lastIndexOf('</template>') + '</template>'.length,
  );
  const text = plainHtml(
    /** @type {import('./plain-html.mjs').ElementNode} */ (fromParse5(find(template, 'guide'))),
  );
  const attributes =
    attribute('operator', operator) +
    attribute('language', language) +
    (situation && situation !== 'home' ? attribute('situation', situation) : '') +
    (tab && tab !== 'online' ? attribute('tab', tab) : '');
  return [
    `<oman-sim-renewal${attributes}>`,
    shadow ? shadowHtml : '',
    plain ? text : '',
    '</oman-sim-renewal>',
  ]
    .filter(Boolean)
    .join('\n');
}
