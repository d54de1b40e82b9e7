// Makes this page look like Safari < 16.4 (no constructable stylesheets), so Lit falls
// back to <style> elements, and hands it the nonce the page's CSP allows for them.
delete Document.prototype.adoptedStyleSheets;
delete ShadowRoot.prototype.adoptedStyleSheets;
delete CSSStyleSheet.prototype.replace;
window.litNonce = 'osr-test-nonce';
