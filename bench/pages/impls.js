// The three implementations under test. Each module exports load(), create(),
// ready(instance), select(instance, tabId), shownTab(instance) and check(instance).
export const loaders = {
  oman: () => import('./impl-oman.js'),
  shoelace: () => import('./impl-shoelace.js'),
  minimal: () => import('./impl-minimal.js'),
};

export async function loadImpl(el) {
  if (!loaders[el]) throw new Error(`unknown el=${el}; use one of ${Object.keys(loaders).join(', ')}`);
  const impl = await loaders[el]();
  await impl.load(); // script download, parse, define: never inside a timed region
  return impl;
}

/** Lets the page settle: a frame, then a task. */
export const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Forces style recalculation and layout, so "rendered" includes them. */
export const forceLayout = () => document.body.offsetHeight;
