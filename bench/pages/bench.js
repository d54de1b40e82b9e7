// Driver for bench.html: loads one implementation (outside the timed region), then times
// either creating + rendering N instances, or switching tabs on one instance.
// "Rendered" = every Lit element involved has resolved `updateComplete`, then layout was
// forced with `document.body.offsetHeight` (forceLayout). Paint and post-frame observer callbacks are
// not included.
import { TABS } from './guide-text.js';
import { forceLayout, loadImpl, settle } from './impls.js';

const params = new URLSearchParams(location.search);
const el = params.get('el') ?? 'oman';
const mode = params.get('mode') ?? 'render';
const n = Number(params.get('n') ?? 100);
const switches = Number(params.get('switches') ?? 100);

async function main() {
  const impl = await loadImpl(el);
  await settle();
  const host = document.getElementById('host');
  let start;
  let end;
  let instances;
  if (mode === 'render') {
    start = performance.now();
    instances = [];
    for (let i = 0; i < n; i++) instances.push(impl.create());
    host.append(...instances);
    await Promise.all(instances.map((instance) => impl.ready(instance)));
    forceLayout();
    end = performance.now();
  } else if (mode === 'switch') {
    const instance = impl.create();
    host.append(instance);
    await impl.ready(instance);
    forceLayout();
    await settle();
    start = performance.now();
    for (let i = 1; i <= switches; i++) {
      await impl.select(instance, TABS[i % TABS.length].id);
      forceLayout();
    }
    end = performance.now();
    instances = [instance];
    const expected = TABS[switches % TABS.length].id;
    const shown = impl.shownTab(instance);
    if (shown !== expected) throw new Error(`after switching, shown tab is ${shown}, expected ${expected}`);
  } else {
    throw new Error(`unknown mode=${mode}`);
  }
  // Sanity, outside the timed region: every instance rendered its four panels and text.
  for (const instance of instances) impl.check(instance);
  window.benchInfo = { el, mode, n, switches, ms: end - start, nodes: document.querySelectorAll('*').length };
  performance.measure('bench', { start, end });
}

main().catch((error) => {
  console.error(`bench failed: ${error?.stack ?? error}`);
  window.benchError = String(error?.stack ?? error);
});
