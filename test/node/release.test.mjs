// The release kit: the publish step's package links (npm refuses a provenance publish without
// a matching repository, E422) and one version everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkProblems, packageLinks } from '../../scripts/set-package-links.mjs';
import { changelogFor, readmeFor, versionProblems } from '../../scripts/set-version.mjs';

/** Runs the workflow's step on a copy of package.json, as the publish job would. */
function publishStep(/** @type {Record<string, string>} */ env) {
  const dir = mkdtempSync(join(tmpdir(), 'osr-release-'));
  try {
    const file = join(dir, 'package.json');
    writeFileSync(file, readFileSync('package.json'));
    const run = () =>
      execFileSync('node', ['scripts/set-package-links.mjs', file], {
        env: { PATH: process.env.PATH ?? '', ...env },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    try {
      run();
      return { ok: true, pkg: JSON.parse(readFileSync(file, 'utf8')) };
    } catch (error) {
      return { ok: false, message: String(/** @type {{ stderr?: string }} */ (error).stderr) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the publish step sets repository, homepage and bugs from the repository it runs in', () => {
  const { ok, pkg } = publishStep({
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'Blogger/oman-sim-renewal',
  });
  assert.equal(ok, true);
  assert.deepEqual(pkg.repository, {
    type: 'git',
    url: 'git+https://github.com/Blogger/oman-sim-renewal.git',
  });
  assert.equal(pkg.homepage, 'https://blogger.github.io/oman-sim-renewal/');
  assert.deepEqual(pkg.bugs, { url: 'https://github.com/Blogger/oman-sim-renewal/issues' });
  assert.deepEqual(linkProblems(pkg), []);
});

test('it fails early, saying why, without the repository or off github.com', () => {
  const missing = publishStep({});
  assert.equal(missing.ok, false);
  assert.match(missing.message ?? '', /GITHUB_REPOSITORY must be "owner\/name"/);
  const enterprise = publishStep({ GITHUB_SERVER_URL: 'https://git.example.com', GITHUB_REPOSITORY: 'a/b' });
  assert.equal(enterprise.ok, false);
  assert.match(enterprise.message ?? '', /need github\.com/);
});

test('the committed package.json carries no guessed links (they come from the workflow)', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.repository, undefined);
  assert.ok(linkProblems(pkg).length > 0);
  assert.deepEqual(linkProblems(packageLinks({ repository: 'o/r' })), []);
});

test('one command sets the version in README pins, ranges and the tarball name; the check sees a stray one', () => {
  const readme = [
    'src="https://cdn.jsdelivr.net/npm/oman-sim-renewal@0.1.0/dist/oman-sim-renewal.js"',
    'use `oman-sim-renewal@0.1` (the latest 0.1.x); `@0.1` and `@0.1.0` URLs',
    'Version 0.1.0 has not been published: `npm install ./oman-sim-renewal-0.1.0.tgz`.',
    '0.1.0 was 24.3 kB gzip.',
  ].join('\n');
  const updated = readmeFor(readme, '0.2.0');
  assert.match(updated, /oman-sim-renewal@0\.2\.0\/dist/);
  assert.match(updated, /`oman-sim-renewal@0\.2` \(the latest 0\.2\.x\); `@0\.2` and `@0\.2\.0` URLs/);
  assert.match(
    updated,
    /Version 0\.2\.0 has not been published: `npm install \.\/oman-sim-renewal-0\.2\.0\.tgz`/,
  );
  assert.match(updated, /0\.1\.0 was 24\.3 kB gzip/, 'history stays as it was');
  const changelog = changelogFor(
    '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- x\n',
    '0.2.0',
    '2026-12-07',
  );
  assert.match(changelog, /## \[Unreleased\]\n\n## \[0\.2\.0\] — 2026-12-07\n\n### Added/);
  const files = {
    pkg: { version: '0.2.0' },
    versionTs: "export const VERSION = '0.2.0';",
    changelog,
    readme: updated,
  };
  assert.deepEqual(versionProblems(files), []);
  assert.equal(versionProblems({ ...files, readme }).length, 1);
  assert.equal(versionProblems({ ...files, versionTs: "'0.1.0'" }).length, 1);
});
