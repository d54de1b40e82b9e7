// Writes the SHA-384 of the built one-file builds into README: every pinned jsDelivr URL
// followed by an `integrity` attribute, and the table between <!-- integrity --> markers.
// The build is deterministic, so the hash is the one the CDN will serve for this version.
// With --check it changes nothing and fails when README is stale. Needs `npm run build`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const FILES = ['oman-sim-renewal.js', 'oman-sim-renewal.all-languages.js'];
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = Object.fromEntries(
  FILES.map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(`dist/${file}`))
      .digest('base64')}`,
  ]),
);

const readme = readFileSync('README.md', 'utf8');
const pinned = /(oman-sim-renewal@)([^/"]+)(\/dist\/)([\w.-]+\.js)("\s+integrity=")[^"]*(")/g;
const table = (
  await prettier.format(
    [
      '| File | `integrity` |',
      '| --- | --- |',
      ...FILES.map((file) => `| \`dist/${file}\` | \`${integrity[file]}\` |`),
    ].join('\n'),
    { parser: 'markdown' },
  )
).trim();
const updated = readme
  .replace(
    pinned,
    (_, at, _v, dist, file, attr, end) => `${at}${version}${dist}${file}${attr}${integrity[file]}${end}`,
  )
  .replace(
    /<!-- integrity -->[\s\S]*?<!-- \/integrity -->/,
    `<!-- integrity -->\n\n${table}\n\n<!-- /integrity -->`,
  );

if (!pinned.test(readme) || !readme.includes('<!-- integrity -->')) {
  console.error(
    'README.md has no pinned snippet with an integrity attribute, or no <!-- integrity --> table.',
  );
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md integrity hashes are stale: run npm run build && npm run docs:integrity');
    process.exit(1);
  }
  console.log(`README.md integrity hashes match the ${version} build.`);
} else {
  writeFileSync('README.md', updated);
  console.log(`README.md: integrity hashes of the ${version} build written.`);
}
