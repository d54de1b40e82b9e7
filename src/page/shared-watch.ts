/**
 * One shared watcher per key (a window, a document, a shadow root) for any number of
 * guides: started for the first, stopped with the last. Kept in a WeakMap by key, so a
 * document or window that goes away (a removed iframe) takes its watcher and guides along.
 */
type Callback = () => void;

/** One guide's failure never stops the others: its error is reported after the rest ran. */
function callSafely(callback: Callback): void {
  try {
    callback();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

/**
 * `start(key, notify)` sets up the watcher for `key` and returns the function that stops
 * it. The result adds a callback for a key and returns the function that removes it.
 */
export function sharedWatch<K extends object>(start: (key: K, notify: Callback) => Callback) {
  const watches = new WeakMap<K, { callbacks: Set<Callback>; stop: Callback }>();
  return (key: K, callback: Callback): Callback => {
    let watch = watches.get(key);
    if (!watch) {
      const callbacks = new Set<Callback>();
      watch = { callbacks, stop: start(key, () => callbacks.forEach(callSafely)) };
      watches.set(key, watch);
    }
    const { callbacks, stop } = watch;
    callbacks.add(callback);
    return () => {
      if (!callbacks.delete(callback) || callbacks.size) return;
      stop();
      watches.delete(key);
    };
  };
}
