// Packs the package exactly as `npm publish` would and unpacks it into .pack/package, so
// test/built/package.test.ts can load both published entries from the tarball's own files.
// `npm test` has just built, so the `prepack` build is skipped (--ignore-scripts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

rmSync('.pack', { recursive: true, force: true });
mkdirSync('.pack');
const [{ filename }] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', '.pack'], {
    encoding: 'utf8',
  }),
);
execFileSync('tar', ['-xzf', `.pack/${filename}`, '-C', '.pack']);
console.log(`Packed and unpacked ${filename} into .pack/package`);
