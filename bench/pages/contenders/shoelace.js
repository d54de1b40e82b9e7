// Shoelace 2 <sl-tab-group> showing the same VISIBLE content as <oman-sim-renewal>
// (captured from the built element): the title, the operator chooser when there is
// one, four tabs, the first panel's full content, and the sources summary line. Like
// the guide, it leaves the three hidden panels empty. Loaded from Shoelace's prebuilt
// CDN files (Lit bundled in), served locally; no icon is fetched.
import { snapshotFor } from './snapshot.js';

const CDN = '/node_modules/@shoelace-style/shoelace/cdn';
const TAGS = ['sl-tab-group', 'sl-tab', 'sl-tab-panel'];

const escape = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function markup({ lang, dir, title, chooser, tabs, panel, summary }) {
  return `<div lang="${lang}" dir="${dir}">${title}${chooser}<sl-tab-group>${tabs
    .map(
      ({ id, label }, i) => `<sl-tab slot="nav" panel="${id}"${i ? '' : ' active'}>${escape(label)}</sl-tab>`,
    )
    .join('')}${tabs
    .map(({ id }, i) => `<sl-tab-panel name="${id}"${i ? '' : ' active'}>${i ? '' : panel}</sl-tab-panel>`)
    .join(
      '',
    )}</sl-tab-group>${summary ? `<details><summary>${escape(summary)}</summary></details>` : ''}</div>`;
}

const templates = new Map();

export async function load() {
  const link = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: `${CDN}/themes/light.css`,
  });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error('light.css did not load'));
  });
  document.head.append(link);
  await Promise.all(TAGS.map((tag) => import(`${CDN}/components/${tag.slice(3)}/${tag.slice(3)}.js`)));
  await loaded;
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
}

export function create({ operator }) {
  let template = templates.get(operator);
  if (!template) {
    // Made on first use, as the other contenders prepare theirs.
    template = document.createElement('template');
    template.innerHTML = markup(snapshotFor(operator).visible);
    templates.set(operator, template);
  }
  return template.content.firstElementChild.cloneNode(true);
}

const parts = (wrapper) => [...wrapper.querySelectorAll('sl-tab-group, sl-tab, sl-tab-panel')];

export async function ready(wrapper) {
  await Promise.all(parts(wrapper).map((element) => element.updateComplete));
  // The group syncs its tabs and panels in its own updateComplete; let that round settle.
  await Promise.all(parts(wrapper).map((element) => element.updateComplete));
}

export function check(wrapper) {
  const group = wrapper.querySelector('sl-tab-group');
  if (!group?.shadowRoot?.querySelector('[role="tablist"]')) throw new Error('sl-tab-group did not render');
  if (!wrapper.querySelector('sl-tab-panel[active] li')) throw new Error('sl-tab-panel has no text');
}
