/**
 * Tells elements that their page is about to print. Hidden panels are built only when
 * first shown, but a printed guide must hold all four. Two cues: `beforeprint` (Ctrl+P,
 * `window.print()`) and the `print` media query starting to match (DevTools' print
 * emulation and preview extensions fire no `beforeprint`).
 */
import { sharedWatch } from './shared-watch.js';

/**
 * Runs `callback` when `view` is idle (soon in any case): work a reader does not wait for.
 * Safari has no requestIdleCallback.
 */
export function whenIdle(view: Window, callback: () => void): void {
  if (typeof view.requestIdleCallback === 'function') view.requestIdleCallback(callback, { timeout: 2000 });
  else view.setTimeout(callback, 200);
}

/** Calls a callback whenever a window is about to print; returns the function that stops it. */
export const watchPrint = sharedWatch<Window>((view, notify) => {
  const print = view.matchMedia?.('print');
  const onMediaChange = (event: MediaQueryListEvent) => event.matches && notify();
  view.addEventListener('beforeprint', notify);
  print?.addEventListener?.('change', onMediaChange);
  return () => {
    view.removeEventListener('beforeprint', notify);
    print?.removeEventListener?.('change', onMediaChange);
  };
});
