// Times rendering guides on this page. Query:
//   el=oman|shoelace|limit   the contender (contenders/*.js)
//   operator=ooredoo|…       the operator ('' = the generic guide)
//   lang=en|ar|zh-Hans       the page's language (<html lang>)
//   n=1                      guides rendered in the timed region
//   warm=1                   first render and remove one guide, untimed (a page that has
//                            rendered one already); without it the page is cold: nothing
//                            has rendered, formatted a date or built a template yet.
// Timed region: create n guides, append them, await every update, force style and layout
// (document.body.offsetHeight). The script is loaded and the element defined before it, as
// on a blog the download is the network's part. Result: window.benchResult = { ms }.
// window.benchMore(count) renders more guides afterwards (untimed, for the memory phase).
const params = new URLSearchParams(location.search);
const el = params.get('el') ?? 'oman';
const options = { operator: params.get('operator') ?? '' };
const n = Number(params.get('n') ?? 1);
document.documentElement.lang = params.get('lang') ?? 'en';

const forceLayout = () => document.body.offsetHeight;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function render(impl, host, count) {
  const guides = Array.from({ length: count }, () => impl.create(options));
  host.append(...guides);
  await Promise.all(guides.map((guide) => impl.ready(guide)));
  forceLayout();
  return guides;
}

async function main() {
  if (!/^(oman|shoelace|limit)$/.test(el)) throw new Error(`unknown el=${el}`);
  const impl = await import(`./contenders/${el}.js`);
  await impl.load();
  const host = document.getElementById('host');
  if (params.get('warm') === '1') {
    for (const guide of await render(impl, host, 1)) guide.remove();
  }
  await nextFrame();
  const start = performance.now();
  const guides = await render(impl, host, n);
  const ms = performance.now() - start;
  // Sanity, outside the timed region: every guide shows its first panel's text.
  for (const guide of guides) impl.check(guide);
  // For bench/phases/memory.mjs: render more guides on demand (resolves with their count).
  window.benchMore = async (count) => (await render(impl, host, count)).length;
  window.benchResult = { ms };
}

main().catch((error) => {
  console.error(error);
  window.benchError = String(error?.stack ?? error);
});
