// The demo configurator: options → live preview → the exact snippet a blogger pastes.
// The snippet pins this build's version with its SHA-384 integrity hash (computed here from
// the file the snippet names, fetched from this server), or offers the version range without a hash.

import { embedSnippet } from './snippet.js';
import { fromDom, plainHtml } from '../prerender/plain-html.mjs';

const CDN = 'https://cdn.jsdelivr.net/npm/oman-sim-renewal';
// The default file's languages (src/i18n/languages.ts; test/built/configurator.test.ts
// checks this list against it); the rest need the all-languages file.
const CORE_LANGUAGES = ['', 'en', 'zh-Hans', 'ar'];
const FILES = { core: 'oman-sim-renewal.js', all: 'oman-sim-renewal.all-languages.js' };
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const snippetBox = document.getElementById('snippet');
const copyStatus = document.getElementById('copy-status');

/** SHA-384 of a built file, in the form the `integrity` attribute takes (computed once per file). */
const integrities = new Map();
function integrityOf(url) {
  const key = String(url);
  if (!integrities.has(key)) {
    integrities.set(
      key,
      fetch(url)
        .then((response) => response.arrayBuffer())
        .then((bytes) => crypto.subtle.digest('SHA-384', bytes))
        .then((digest) => `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`),
    );
  }
  return integrities.get(key);
}

function chosenOptions() {
  const data = new FormData(form);
  const needsAll = !CORE_LANGUAGES.includes(data.get('language'));
  const allBox = form.elements.allLanguages;
  if (needsAll) allBox.checked = true;
  allBox.disabled = needsAll;
  return {
    file: allBox.checked ? FILES.all : FILES.core,
    operator: data.get('operator'),
    language: data.get('language'),
    theme: data.get('theme'),
    situation: data.get('situation'),
    tab: data.get('tab'),
    includeText: form.elements.includeText.checked,
    pin: document.querySelector('input[name="pin"]:checked').value,
  };
}

/** The CDN range that only takes compatible releases: `1` for 1.x, but `0.1` for 0.1.x (a 0.x minor may break). */
function compatibleRange(version) {
  const [major, minor] = version.split('.');
  return major === '0' ? `${major}.${minor}` : major;
}

function snippet({ file, operator, language, theme, situation, tab, pin, includeText }, version, integrity) {
  const pinned = pin === 'exact' ? version : compatibleRange(version);
  const src = `${CDN}@${pinned}/dist/${file}`;
  const script =
    pin === 'exact'
      ? `<script type="module" src="${src}"\n  integrity="${integrity}" crossorigin="anonymous"></script>`
      : `<script type="module" src="${src}"></script>`;
  const attributes = [
    operator && `operator="${operator}"`,
    language && `language="${language}"`,
    theme && `theme="${theme}"`,
    situation !== 'home' && `situation="${situation}"`,
    tab !== 'online' && `tab="${tab}"`,
  ].filter(Boolean);
  // What readers without JavaScript (feeds, newsletters, search engines) see instead: the
  // guide's own text, in its language, from the preview the element rendered.
  const fallback = includeText ? guideText() : shortFallback();
  return embedSnippet({ script, attributes, fallback });
}

/** The latest update: an older one that finishes later must not write over it. */
let latest = 0;

/** The preview guide as plain HTML: every panel built (as for printing), then converted. */
function guideText() {
  window.dispatchEvent(new Event('beforeprint'));
  const text = plainHtml(fromDom(preview.shadowRoot.querySelector('.guide')));
  window.dispatchEvent(new Event('afterprint'));
  return text;
}

/** One line and the official site, when the blogger leaves the guide's text out. */
function shortFallback() {
  const site = preview.operatorFacts?.site.value;
  return site
    ? `  <p>How to renew or top up your ${preview.operatorFacts.name} prepaid SIM: <a href="${site}">${new URL(site).hostname}</a></p>`
    : '  <p>How to renew or top up an Omani prepaid SIM: online, in a store or by phone.</p>';
}

async function update() {
  const run = ++latest;
  const options = chosenOptions();
  for (const name of ['operator', 'language', 'theme', 'situation']) {
    if (options[name]) preview.setAttribute(name, options[name]);
    else preview.removeAttribute(name);
  }
  preview.tab = options.tab;
  await customElements.whenDefined('oman-sim-renewal');
  await preview.updateComplete;
  const version = customElements.get('oman-sim-renewal').version;
  const integrity = await integrityOf(new URL(`../dist/${options.file}`, location.href));
  // Options changed while this one waited (several in a row, or a slow fetch): the newer
  // update writes the snippet, whatever order the fetches finish in.
  if (run !== latest) return;
  snippetBox.textContent = snippet(options, version, integrity);
  copyStatus.textContent = '';
}

document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippetBox.textContent);
    copyStatus.textContent = 'Copied.';
  } catch {
    getSelection().selectAllChildren(snippetBox);
    copyStatus.textContent = 'Select the snippet and copy it (Ctrl+C or ⌘C).';
  }
});
form.addEventListener('change', update);
document.querySelectorAll('input[name="pin"]').forEach((radio) => radio.addEventListener('change', update));
update();
