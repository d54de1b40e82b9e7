// `npm start` serves what the demo and the configurator load (the release's Pages site copies
// the same folders): every module the configurator imports must be there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serveDemo } from '../../scripts/serve-demo.mjs';

test("the configurator's page and every module it imports are served", async () => {
  const server = await serveDemo(5390);
  try {
    const imports = [
      ...readFileSync('demo/configurator.js', 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g),
    ].map(([, path]) => new URL(path, 'http://x/demo/').pathname);
    for (const path of ['/demo/configurator.html', '/demo/configurator.js', ...imports]) {
      const response = await fetch(`http://127.0.0.1:${server.port}${path}`);
      assert.equal(response.status, 200, path);
    }
  } finally {
    server.close();
  }
});
