// (b) Shoelace 2 <sl-tab-group> with four <sl-tab>/<sl-tab-panel> pairs holding the same
// text blocks as the guide (light DOM, cloned from one <template> per instance).
// Nothing is fetched from the network: no icon is shown (scroll buttons appear only when
// the tabs overflow), and the base path points at the local package anyway.
import { setBasePath } from '@shoelace-style/shoelace/dist/utilities/base-path.js';
import '@shoelace-style/shoelace/dist/components/tab-group/tab-group.js';
import '@shoelace-style/shoelace/dist/components/tab/tab.js';
import '@shoelace-style/shoelace/dist/components/tab-panel/tab-panel.js';
import { TABS } from './guide-text.js';

setBasePath('/node_modules/@shoelace-style/shoelace/dist/');

const escape = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const block = (b) =>
  b.type === 'p'
    ? `<p>${escape(b.text)}</p>`
    : `<${b.type}>${b.items.map((item) => `<li>${escape(item)}</li>`).join('')}</${b.type}>`;

const template = document.createElement('template');
template.innerHTML = `<sl-tab-group>${TABS.map(
  ({ id, label }, i) =>
    `<sl-tab slot="nav" panel="${id}"${i === 0 ? ' active' : ''}>${escape(label)}</sl-tab>`,
).join('')}${TABS.map(
  ({ id, blocks }, i) =>
    `<sl-tab-panel name="${id}"${i === 0 ? ' active' : ''}>${blocks.map(block).join('')}</sl-tab-panel>`,
).join('')}</sl-tab-group>`;

const TAGS = ['sl-tab-group', 'sl-tab', 'sl-tab-panel'];

export async function load() {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/node_modules/@shoelace-style/shoelace/dist/themes/light.css';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error('light.css did not load'));
  });
  document.head.append(link);
  await loaded;
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
}

export const create = () => template.content.firstElementChild.cloneNode(true);

const parts = (group) => [group, ...group.querySelectorAll('sl-tab, sl-tab-panel')];

export async function ready(group) {
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  await Promise.all(parts(group).map((element) => element.updateComplete));
  // The group syncs tabs and panels (and positions the indicator) in its own
  // updateComplete callback; a second round lets any update that queued settle too.
  await Promise.all(parts(group).map((element) => element.updateComplete));
}

export async function select(group, tab) {
  group.show(tab);
  await Promise.all(parts(group).map((element) => element.updateComplete));
}

export const shownTab = (group) => group.querySelector('sl-tab-panel[active]')?.getAttribute('name');

export function check(group) {
  if (!group.shadowRoot?.querySelector('[role="tablist"]')) throw new Error('sl-tab-group did not render');
  const panels = group.querySelectorAll('sl-tab-panel');
  if (panels.length !== 4 || [...panels].some((p) => !p.shadowRoot))
    throw new Error('sl-tab-panel did not render');
  if (group.querySelectorAll('sl-tab').length !== 4) throw new Error('sl-tab missing');
}
