// Publishes the page's long tasks once its guide (ours or the minimal Lit one) has rendered
// and two frames have passed (the observer reports a task after it ends).
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function main() {
  const tag = document.querySelector('oman-sim-renewal') ? 'oman-sim-renewal' : 'minimal-lit-guide';
  await customElements.whenDefined(tag);
  await document.querySelector(tag).updateComplete;
  await frame();
  await frame();
  window.benchResult = { tasks: window.longTasks, rendered: performance.now() };
}

main().catch((error) => {
  window.benchError = String(error?.stack ?? error);
});
