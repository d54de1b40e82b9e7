// Creates instances on request, for bench/lib/memory.mjs to weigh the heap around.
import { forceLayout, loadImpl, settle } from './impls.js';

const el = new URLSearchParams(location.search).get('el') ?? 'oman';

loadImpl(el).then(
  (impl) => {
    const host = document.getElementById('host');
    window.benchMemory = {
      /** Appends `n` rendered instances to the document; resolves when they are rendered. */
      async create(n) {
        const instances = Array.from({ length: n }, () => impl.create());
        host.append(...instances);
        await Promise.all(instances.map((instance) => impl.ready(instance)));
        forceLayout();
        for (const instance of instances) impl.check(instance);
        await settle();
        await settle();
        return host.children.length;
      },
    };
  },
  (error) => {
    window.benchError = String(error?.stack ?? error);
  },
);
