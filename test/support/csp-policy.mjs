// The Content-Security-Policy README ("Security and privacy") gives strict sites, in ONE
// place: web-test-runner.config.mjs serves test/pages/csp*.html with it, and
// test/built/csp.test.ts checks README shows exactly this string and that the guide works
// under it alone, twice, and next to the page's own Lit.
// 'allow-duplicates': every copy of Lit (a theme's components, the script included twice)
// creates a Trusted Types policy named lit-html; without it the second one dies.
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** The same policy for browsers without constructable stylesheets (Safari < 16.4): <style> elements need a nonce. */
export const withStyleNonce = (policy, nonce) =>
  policy.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`);

/** The nonce test/pages/csp-old-safari.html hands Lit through window.litNonce. */
export const TEST_NONCE = 'osr-test-nonce';
