// Run by the release workflow before `npm publish --provenance`: npm refuses a provenance
// publish whose package.json has no `repository` matching the repository it was built from
// (E422). Sets `repository`, `homepage` (the GitHub Pages site the workflow deploys: the demo
// and the configurator) and `bugs` from the workflow's own context, and fails early, with a
// clear message, where that context is missing or not GitHub's.
//   GITHUB_SERVER_URL=https://github.com GITHUB_REPOSITORY=owner/repo node scripts/set-package-links.mjs [package.json]
// `--check [package.json]` only validates that the three fields are there and agree.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The three fields for a repository `owner/name` on `server`.
 * @param {{ server?: string, repository?: string }} context
 */
export function packageLinks({ server = 'https://github.com', repository = '' }) {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(repository);
  if (!match) throw new Error(`GITHUB_REPOSITORY must be "owner/name"; got "${repository}".`);
  if (server !== 'https://github.com')
    throw new Error(`GitHub Pages and npm provenance need github.com; this runs on ${server}.`);
  const [, owner, name] = match;
  const url = `${server}/${owner}/${name}`;
  return {
    repository: { type: 'git', url: `git+${url}.git` },
    homepage: `https://${owner.toLowerCase()}.github.io/${name}/`,
    bugs: { url: `${url}/issues` },
  };
}

/**
 * What is missing or inconsistent in a package.json's links.
 * @param {{ repository?: { type?: string, url?: string }, homepage?: string, bugs?: { url?: string } }} pkg
 */
export function linkProblems(pkg) {
  const problems = [];
  const repo = /^git\+https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\.git$/.exec(pkg.repository?.url ?? '');
  if (pkg.repository?.type !== 'git' || !repo)
    problems.push('repository must be { type: "git", url: "git+https://github.com/owner/name.git" }');
  if (!/^https:\/\/[\w.-]+\.github\.io\/[\w.-]+\/$/.test(pkg.homepage ?? ''))
    problems.push('homepage must be the GitHub Pages site');
  if (repo && pkg.bugs?.url !== `https://github.com/${repo[1]}/${repo[2]}/issues`)
    problems.push("bugs.url must be the repository's issues page");
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const file = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'package.json';
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  try {
    if (!check) {
      Object.assign(
        pkg,
        packageLinks({ server: process.env.GITHUB_SERVER_URL, repository: process.env.GITHUB_REPOSITORY }),
      );
      writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
    }
    const problems = linkProblems(pkg);
    if (problems.length) throw new Error(problems.join('; '));
    console.log(`${file}: repository ${pkg.repository.url}, homepage ${pkg.homepage}, bugs ${pkg.bugs.url}`);
  } catch (error) {
    console.error(`Cannot publish with provenance: ${/** @type {Error} */ (error).message}`);
    process.exit(1);
  }
}
