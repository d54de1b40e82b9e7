// Records layout shifts, then loads the widget late like a slow CDN; ?nojs never loads it,
// ?noreserve drops the README's reserved-height rule (to show the measurement works).
window.layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShifts.push(entry.value);
}).observe({ type: 'layout-shift', buffered: true });

const params = new URLSearchParams(location.search);
if (params.has('noreserve')) {
  document.addEventListener('DOMContentLoaded', () => document.getElementById('reserve').remove());
}
if (!params.has('nojs')) {
  setTimeout(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/oman-sim-renewal.js';
    document.head.append(script);
  }, 300);
}
