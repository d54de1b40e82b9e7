// Publishes the page's long tasks once the guide has rendered and two frames have passed
// (the observer reports a task after it ends).
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function main() {
  await customElements.whenDefined('oman-sim-renewal');
  await document.querySelector('oman-sim-renewal').updateComplete;
  await frame();
  await frame();
  window.benchResult = { tasks: window.longTasks, rendered: performance.now() };
}

main().catch((error) => {
  window.benchError = String(error?.stack ?? error);
});
