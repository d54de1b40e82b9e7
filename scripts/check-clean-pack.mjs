// `npm run check:pack` (CI and the release workflow): packs the committed tree as a fresh
// clone would, with no dist/ or lib/ lying around, and checks the file list. The `prepack`
// script must build; without it `npm publish` would ship a package with no code.
// Uses this checkout's node_modules (linked) so it needs no network.
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { linkProblems } from './set-package-links.mjs';

const clone = mkdtempSync(join(tmpdir(), 'oman-sim-renewal-pack-'));
try {
  execSync(`git archive HEAD | tar -x -C ${JSON.stringify(clone)}`);
  symlinkSync(resolve('node_modules'), join(clone, 'node_modules'), 'dir');
  // As the release workflow does before publishing: links from the repository it runs in.
  execFileSync('node', ['scripts/set-package-links.mjs'], {
    cwd: clone,
    env: {
      ...process.env,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'example/oman-sim-renewal',
    },
    stdio: 'inherit',
  });
  // The prepack build logs to stdout too; the JSON report is the last thing printed.
  const output = execFileSync('npm', ['pack', '--dry-run', '--json'], {
    cwd: clone,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  /** @type {[{ files: { path: string; size: number }[]; size: number; unpackedSize: number }]} */
  const [{ files, size, unpackedSize }] = JSON.parse(output.slice(output.search(/^\[\s*\{/m)));
  const paths = files.map((file) => file.path);
  const pkg = JSON.parse(execFileSync('git', ['show', 'HEAD:package.json'], { encoding: 'utf8' }));
  const declared = [
    pkg.main,
    pkg.types,
    pkg.customElements,
    pkg['web-types'],
    .../** @type {(string | Record<string, string>)[]} */ (Object.values(pkg.exports)).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    ),
  ].map((/** @type {string} */ path) => path.replace(/^\.\//, ''));
  const packed = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8'));
  const problems = [
    ...linkProblems(packed).map((problem) => `package.json: ${problem}`),
    ...declared.filter((path) => !paths.includes(path)).map((path) => `missing ${path}`),
    ...paths.filter((path) => path.endsWith('.map')).map((path) => `source map ${path}`),
    ...paths
      .filter((path) => /^(src|test|scripts|bench|demo|xliff)\//.test(path))
      .map((path) => `not for users: ${path}`),
  ];
  const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  for (const file of files) console.log(`${kB(file.size).padStart(9)}  ${file.path}`);
  console.log(`${files.length} files, ${kB(size)} packed, ${kB(unpackedSize)} unpacked`);
  if (problems.length > 0) {
    console.error(`The package from a clean clone is wrong:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('A clean clone packs a complete package: every declared file is in it, and no map.');
} finally {
  rmSync(clone, { recursive: true, force: true });
}
