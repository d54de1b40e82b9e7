/**
 * Where an element's language comes from, and telling elements when it changes.
 * Resolution order: `language` → own `lang` → each ancestor's `lang` (nearest first, up
 * to `<html lang>`, crossing shadow roots) → `navigator.languages` → the source locale.
 */

/** Every `lang` from `element` up to the document root, nearest first. */
export function inheritedLangs(element: Element): string[] {
  const langs: string[] = [];
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) langs.push(node.getAttribute('lang')!);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
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

interface LanguageListener {
  requestUpdate(): void;
}

const listeners = new Set<LanguageListener>();
let observer: MutationObserver | undefined;

const notifyAll = () => listeners.forEach((listener) => listener.requestUpdate());

/**
 * Re-renders `listener` whenever a `lang` or `dir` attribute changes anywhere in the
 * document, or the browser's languages change. One observer serves every instance and
 * is dropped when the last one leaves, so nothing outlives the widgets.
 */
export function watchLanguage(listener: LanguageListener): void {
  listeners.add(listener);
  if (observer) return;
  observer = new MutationObserver(notifyAll);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
  window.addEventListener('languagechange', notifyAll);
}

export function unwatchLanguage(listener: LanguageListener): void {
  listeners.delete(listener);
  if (listeners.size || !observer) return;
  observer.disconnect();
  observer = undefined;
  window.removeEventListener('languagechange', notifyAll);
}
