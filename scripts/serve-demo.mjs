// Serves the demo page and the built file on localhost, with no dependencies.
// The demo loads dist/oman-sim-renewal.js exactly as a blog would load it from a CDN.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const served = ['demo', 'dist', 'prerender'];
/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** @type {import('node:http').RequestListener} */
const handler = async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' });
    response.end();
    return;
  }
  try {
    // Inside the try: a malformed escape ("/demo/%") is a 404, not a crashed server.
    const file = normalize(
      join(root, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : ''),
    );
    const inside = served.some((folder) => file.startsWith(join(root, folder) + sep));
    if (!inside) throw new Error('outside demo/ and dist/');
    const body = await readFile(file);
    // CORS on, as on a CDN: pages from other origins (screenshots, benchmarks) load the module.
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found');
  }
};

/** Starts the server on `port` (or the next free one); resolves with the port in use. */
export function serveDemo(port = Number(process.env.PORT) || 5173, triesLeft = 20) {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      if (error.code === 'EADDRINUSE' && triesLeft > 0) resolve(serveDemo(port + 1, triesLeft - 1));
      else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolve({ port, close: () => server.close() }));
  });
}

// Run as a script (a checkout path may hold spaces or other characters a URL escapes).
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { port } = await serveDemo();
  console.log(`Demo blog post:  http://localhost:${port}/demo/`);
  console.log(`Configurator:    http://localhost:${port}/demo/configurator.html  (Ctrl+C to stop)`);
}
