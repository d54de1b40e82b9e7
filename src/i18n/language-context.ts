/**
 * Where an element's language comes from, and telling elements when it may have changed.
 * Resolution order: `language` → own `lang` → each ancestor's `lang` (nearest first, up
 * to `<html lang>`, crossing shadow roots) → `navigator.languages` → the source locale.
 */

import { sharedWatch } from '../page/shared-watch.js';

const ELEMENT_NODE = 1;

/** Every `lang` from `element` up to the document root, nearest first. */
export function inheritedLangs(element: Element): string[] {
  const langs: string[] = [];
  let node: Node | null = element;
  while (node) {
    // nodeType, not instanceof: in an iframe, nodes belong to another window's classes.
    if (node.nodeType === ELEMENT_NODE && (node as Element).hasAttribute('lang'))
      langs.push((node as Element).getAttribute('lang')!);
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
  }
  return langs;
}

/**
 * The browser's preferred languages, or none: old or locked-down browsers may lack
 * `navigator.languages`, or make reading it throw.
 */
export function browserLanguages(): readonly string[] {
  try {
    const languages = navigator.languages;
    return Array.isArray(languages) ? languages : [];
  } catch {
    return [];
  }
}

type Callback = () => void;

/** The roots a `lang` or `dir` change can come from: each shadow root around `element`, then its document. */
function rootsAround(element: Element): Node[] {
  const roots: Node[] = [];
  let root = element.getRootNode();
  roots.push(root);
  while ((root as Partial<ShadowRoot>).host) {
    root = (root as ShadowRoot).host.getRootNode();
    roots.push(root);
  }
  return roots;
}

/** One MutationObserver per document or shadow root serves every guide in it. */
const observeRoot = sharedWatch<Node>((root, notify) => {
  const observer = new MutationObserver(notify);
  observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  return () => observer.disconnect();
});

/** One `languagechange` listener per window. */
const watchBrowserLanguages = sharedWatch<Window>((view, notify) => {
  view.addEventListener('languagechange', notify);
  return () => view.removeEventListener('languagechange', notify);
});

/**
 * Calls `onChange` whenever a `lang` or `dir` attribute changes around `element` (in its
 * document or any shadow root it sits in), or the browser's languages change. The element
 * decides whether that changes anything for it. Returns the function that stops watching.
 */
export function watchLanguage(element: Element, onChange: Callback): Callback {
  const stops = rootsAround(element).map((root) => observeRoot(root, onChange));
  const view = element.ownerDocument.defaultView;
  if (view) stops.push(watchBrowserLanguages(view, onChange));
  return () => stops.forEach((stop) => stop());
}
