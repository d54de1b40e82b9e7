// Records every Content-Security-Policy violation and uncaught error on the page, for
// test/built/csp.test.ts.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
});
window.addEventListener('error', (event) => window.pageErrors.push(event.message));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
