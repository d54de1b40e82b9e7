// `npm run version:set -- 0.2.0`: one command keeps the version in step everywhere a reader or
// a tool sees it — package.json and its lock, src/version.ts, CHANGELOG (the Unreleased notes
// become the version's, dated today), README's pinned URLs, `@x.y` ranges and tarball name —
// then builds and writes README's integrity hashes for that version.
// `--check` (in npm run check) changes nothing and fails where they disagree.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const SEMVER = /^\d+\.\d+\.\d+$/;

/**
 * The README with every pinned version, range and tarball name set to `version`.
 * @param {string} readme
 * @param {string} version
 */
export function readmeFor(readme, version) {
  const range = version.split('.').slice(0, 2).join('.');
  return readme
    .replace(/(oman-sim-renewal@)\d+\.\d+\.\d+/g, `$1${version}`)
    .replace(/(oman-sim-renewal@)\d+\.\d+(?![.\d])/g, `$1${range}`)
    .replace(/(`@)\d+\.\d+\.\d+`/g, `$1${version}\``)
    .replace(/(`@)\d+\.\d+`/g, `$1${range}\``)
    .replace(/\(the latest \d+\.\d+\.x\)/g, `(the latest ${range}.x)`)
    .replace(/(oman-sim-renewal-)\d+\.\d+\.\d+(\.tgz)/g, `$1${version}$2`)
    .replace(/Version \d+\.\d+\.\d+ has not been published/g, `Version ${version} has not been published`);
}

/**
 * The CHANGELOG with its Unreleased notes moved under `version`, dated `date`.
 * @param {string} changelog
 * @param {string} version
 * @param {string} date
 */
export function changelogFor(changelog, version, date) {
  if (changelog.includes(`## [${version}]`)) return changelog;
  return changelog.replace('## [Unreleased]\n', `## [Unreleased]\n\n## [${version}] — ${date}\n`);
}

/**
 * Where the version is out of step, as readable lines.
 * @param {{ pkg: { version: string }, versionTs: string, changelog: string, readme: string }} files
 */
export function versionProblems({ pkg, versionTs, changelog, readme }) {
  const { version } = pkg;
  const problems = [];
  if (!versionTs.includes(`'${version}'`)) problems.push(`src/version.ts does not say ${version}`);
  if (!changelog.includes(`## [${version}]`)) problems.push(`CHANGELOG.md has no section for ${version}`);
  if (readmeFor(readme, version) !== readme) problems.push(`README.md names another version than ${version}`);
  return problems;
}

const read = (/** @type {string} */ file) => readFileSync(file, 'utf8');

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = {
    pkg: JSON.parse(read('package.json')),
    versionTs: read('src/version.ts'),
    changelog: read('CHANGELOG.md'),
    readme: read('README.md'),
  };
  if (process.argv.includes('--check')) {
    const problems = versionProblems(files);
    for (const problem of problems) console.error(problem);
    if (problems.length) {
      console.error('Run npm run version:set -- <version> to put them in step.');
      process.exit(1);
    }
    console.log(
      `Version ${files.pkg.version} is the same in package.json, src/version.ts, CHANGELOG and README.`,
    );
  } else {
    const version = process.argv[2];
    if (!version || !SEMVER.test(version)) {
      console.error('Usage: npm run version:set -- <major.minor.patch>');
      process.exit(1);
    }
    execSync(`npm version ${version} --no-git-tag-version --allow-same-version`, { stdio: 'inherit' });
    writeFileSync('src/version.ts', files.versionTs.replace(/'\d+\.\d+\.\d+'/, `'${version}'`));
    writeFileSync(
      'CHANGELOG.md',
      changelogFor(files.changelog, version, new Date().toISOString().slice(0, 10)),
    );
    writeFileSync('README.md', readmeFor(files.readme, version));
    execSync('npm run build && npm run docs:integrity', { stdio: 'inherit' });
  }
}
