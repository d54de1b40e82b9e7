// The guide as plain, semantic HTML — headings, paragraphs, lists, official links, tel: links —
// for readers without JavaScript: feed readers, newsletters built from a feed, crawlers that run
// little script, a failed CDN. It is made from a guide the element itself rendered (in a
// browser, or on a server with @lit-labs/ssr), with every panel built: the same templates,
// the same facts, the same translations — never a second copy of the text. Controls (tabs,
// buttons, the reminder form, toggles) are left out; each panel's printed title becomes its
// heading. Works on any tree through a small adapter: the DOM in a browser, parse5 in Node.

/**
 * @typedef {{ type: 'text', value: string }} TextNode
 * @typedef {{ type: 'element', name: string, attrs: Record<string, string>, children: PlainNode[] }} ElementNode
 * @typedef {TextNode | ElementNode} PlainNode
 */

/** Our classes and roles that are controls or screen-only: left out. */
const LEFT_OUT =
  /\b(chooser|situation|lapsed-toggle|reminder|share|copy-status|dial|visually-hidden|change)\b/;
/** Elements whose content is kept, without the element. */
const UNWRAP = new Set(['div', 'span', 'section', 'time', 'details', 'bdi', 'small']);
/** Elements kept as they are, without attributes (links keep a safe href). */
const KEEP = new Set(['p', 'ol', 'ul', 'li', 'strong', 'code', 'a']);
const DROP = new Set(['style', 'template', 'script', 'button', 'input', 'select', 'label', 'slot', 'svg']);

const escapeText = (/** @type {string} */ text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (/** @type {string} */ text) => escapeText(text).replace(/"/g, '&quot;');

/**
 * @param {PlainNode} node
 * @returns {string}
 */
function convert(node) {
  if (node.type === 'text') return escapeText(node.value.replace(/\s+/g, ' '));
  const { name, attrs, children } = node;
  const className = attrs.class ?? '';
  if (DROP.has(name) || LEFT_OUT.test(className) || attrs.role === 'tablist') return '';
  const inner = children.map(convert).join('').trim();
  if (!inner) return '';
  if (className.includes('panel-title')) return `<h4>${inner}</h4>\n`;
  if (className.includes('title')) return `<h3>${inner}</h3>\n`;
  if (name === 'summary' || (name === 'p' && /\b(label|hint)\b/.test(className))) return `<p>${inner}</p>\n`;
  if (name === 'a') {
    const href = attrs.href ?? '';
    return /^(https:|tel:)/.test(href) ? `<a href="${escapeAttribute(href)}">${inner}</a>` : inner;
  }
  if (KEEP.has(name)) return `<${name}>${inner}</${name}>${/^(p|ol|ul|li)$/.test(name) ? '\n' : ''}`;
  if (UNWRAP.has(name)) return inner + (attrs.role === 'tabpanel' ? '\n' : ' ');
  return inner;
}

/**
 * The plain HTML of a rendered guide's shadow tree (its `.guide` element as a PlainNode),
 * in an <article> that keeps the guide's language and direction.
 * @param {ElementNode} guide
 * @returns {string}
 */
export function plainHtml(guide) {
  const lang = guide.attrs.lang ?? 'en';
  const dir = guide.attrs.dir ?? 'ltr';
  const body = guide.children
    .map(convert)
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .trim();
  return `<article class="oman-sim-renewal-text" lang="${escapeAttribute(lang)}" dir="${escapeAttribute(dir)}">\n${body}\n</article>`;
}

/**
 * A DOM node as a PlainNode (in a browser: the element's shadow root's `.guide`).
 * @param {Node} node
 * @returns {PlainNode}
 */
export function fromDom(node) {
  if (node.nodeType === 3) return { type: 'text', value: node.nodeValue ?? '' };
  const element = /** @type {Element} */ (node);
  const attrs = Object.fromEntries([...(element.attributes ?? [])].map((a) => [a.name, a.value]));
  const children =
    node.nodeType === 1 ? [...node.childNodes].filter((n) => n.nodeType === 1 || n.nodeType === 3) : [];
  return { type: 'element', name: element.localName ?? '', attrs, children: children.map(fromDom) };
}
