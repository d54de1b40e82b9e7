/**
 * Tells elements that the page is about to print. Hidden panels are built only when first
 * shown, but a printed guide must hold all four: `beforeprint` is the cue to build them.
 * One listener serves every instance and goes with the last one.
 */
type Callback = () => void;

const callbacks = new Set<Callback>();
const notifyAll = () => callbacks.forEach((callback) => callback());

export function watchPrint(callback: Callback): void {
  if (!callbacks.size) window.addEventListener('beforeprint', notifyAll);
  callbacks.add(callback);
}

export function unwatchPrint(callback: Callback): void {
  callbacks.delete(callback);
  if (!callbacks.size) window.removeEventListener('beforeprint', notifyAll);
}
