// Publishes when the guide's text was first on screen: the first contentful paint where the
// guide came with the HTML (prerendered), else the frame after its first render.
const paint = () =>
  new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) {
        observer.disconnect();
        resolve(entry.startTime);
      }
    }).observe({ type: 'paint', buffered: true });
  });

async function main() {
  const guide = document.querySelector('oman-sim-renewal');
  const prerendered = Boolean(guide.shadowRoot);
  const firstPaint = paint();
  await customElements.whenDefined('oman-sim-renewal');
  await guide.updateComplete;
  const rendered = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  window.benchResult = { firstText: prerendered ? await firstPaint : rendered, prerendered };
}

main().catch((error) => {
  window.benchError = String(error?.stack ?? error);
});
