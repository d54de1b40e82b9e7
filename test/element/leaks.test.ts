// 1,000 create/attach/detach cycles must leave nothing behind: no observers, no window
// listeners, and (in Chromium, where the runner exposes gc) no heap growth.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { OmanSimRenewal } from '../../src/index.js';

const CYCLES = 1000;

/** Counts what is registered and unregistered on shared objects while `run` executes. */
async function countRegistrations(run: () => Promise<void>) {
  const counts = { observing: 0, listening: 0 };
  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  MutationObserver.prototype.observe = function (...args) {
    counts.observing++;
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function () {
    counts.observing--;
    return disconnect.apply(this);
  };
  window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
    counts.listening++;
    return add.apply(this, args);
  } as Window['addEventListener'];
  window.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
    counts.listening--;
    return remove.apply(this, args);
  } as Window['removeEventListener'];
  try {
    await run();
  } finally {
    Object.assign(MutationObserver.prototype, { observe, disconnect });
    Object.assign(window, { addEventListener: add, removeEventListener: remove });
  }
  return counts;
}

async function cycle(times: number) {
  for (let i = 0; i < times; i++) {
    const el = document.createElement('oman-sim-renewal') as OmanSimRenewal;
    el.setAttribute('operator', i % 2 ? 'ooredoo' : 'friendi');
    el.setAttribute('language', ['en', 'ar', 'zh-Hans'][i % 3]);
    document.body.append(el);
    await el.updateComplete;
    el.remove();
  }
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapUsed = () =>
  (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

describe(`leaks (${CYCLES} create/attach/detach cycles)`, () => {
  it('leaves no observers or window listeners behind', async function () {
    this.timeout(60_000);
    const counts = await countRegistrations(() => cycle(CYCLES));
    expect(counts).to.deep.equal({ observing: 0, listening: 0 });
  });

  it('the counter sees a listener that is left behind (control)', async () => {
    const counts = await countRegistrations(async () => window.addEventListener('resize', () => {}));
    expect(counts.listening).to.equal(1);
  });

  it('keeps the heap within 5 % after garbage collection', async function () {
    if (!gc || !('memory' in performance)) this.skip();
    this.timeout(60_000);
    await cycle(50); // warm up: compiled templates and caches are allocated once
    gc!();
    const before = heapUsed();
    await cycle(CYCLES);
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc!();
    expect(heapUsed()).to.be.below(before * 1.05);
  });
});
