// The widget makes no network request of its own and stores nothing about the reader.
// This file loads only the built module, the way a blog does.
import { expect } from '@open-wc/testing';
import { CORE_LOCALES } from '../support/locales.js';
import { waitFor } from '../support/wait.js';

const DIST_PATH = '/dist/oman-sim-renewal.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; tab: string };

/** Counts calls to every API that can reach the network or store data. */
function spyOnNetworkAndStorage() {
  const calls: string[] = [];
  const restore: (() => void)[] = [];
  const spy = <T extends object>(target: T, key: keyof T & string, label: string) => {
    const original = target[key];
    (target as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      calls.push(label);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    restore.push(() => ((target as Record<string, unknown>)[key] = original));
  };
  spy(window, 'fetch', 'fetch');
  spy(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
  spy(navigator, 'sendBeacon', 'sendBeacon');
  spy(Storage.prototype, 'setItem', 'storage');
  spy(indexedDB, 'open', 'indexedDB');
  const OriginalWebSocket = window.WebSocket;
  window.WebSocket = function () {
    calls.push('WebSocket');
  } as unknown as typeof WebSocket;
  restore.push(() => (window.WebSocket = OriginalWebSocket));
  return { calls, restore: () => restore.forEach((undo) => undo()) };
}

describe('privacy', () => {
  it('requests nothing but its own module and stores nothing, while a reader uses every part', async () => {
    const cookies = document.cookie;
    const resourcesBefore = performance.getEntriesByType('resource').length;
    const { calls, restore } = spyOnNetworkAndStorage();
    try {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = DIST_PATH;
      const loaded = new Promise((resolve) => (script.onload = resolve));
      document.head.append(script);
      await loaded;

      for (const operator of ['', 'omantel', 'ooredoo', 'vodafone', 'friendi', 'redbull']) {
        for (const language of ['en', ...CORE_LOCALES]) {
          const el = document.createElement('oman-sim-renewal') as Widget;
          el.setAttribute('language', language);
          if (operator) el.setAttribute('operator', operator);
          document.body.append(el);
          await el.updateComplete;
          for (const tab of ['store', 'phone', 'tips', 'online']) {
            (el.shadowRoot!.querySelector(`#tab-${tab}`) as HTMLElement).click();
            await el.updateComplete;
          }
          el.shadowRoot!.querySelector('details')?.setAttribute('open', '');
          const input = el.shadowRoot!.querySelector('input[type="date"]') as HTMLInputElement;
          input.value = `${new Date().getFullYear() + 1}-03-01`;
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
          el.remove();
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      restore();
    }

    const newResources = performance
      .getEntriesByType('resource')
      .slice(resourcesBefore)
      .map((entry) => new URL(entry.name).pathname);
    expect(newResources).to.deep.equal([DIST_PATH]);
    expect(calls).to.deep.equal([]);
    expect(document.cookie).to.equal(cookies);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });

  it('the spies above do see a request (control)', async () => {
    const { calls, restore } = spyOnNetworkAndStorage();
    try {
      await fetch('/package.json');
    } finally {
      restore();
    }
    expect(calls).to.deep.equal(['fetch']);
    await waitFor(() =>
      performance.getEntriesByType('resource').some((e) => e.name.endsWith('/package.json')),
    );
  });
});
