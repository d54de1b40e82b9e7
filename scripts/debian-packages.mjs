// Installs missing Debian packages (browsers, fonts) for the project's scripts: only as
// root on Debian/Ubuntu, where apt-get works as is; elsewhere it stops and names the
// command to run. Test tools never download browsers here, so this is the one way in.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** @param {string[]} packages @param {string} what what is missing, for the message */
export function installDebianPackages(packages, what) {
  if (!packages.length) return;
  const list = packages.join(' ');
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(`${what} missing. Install with: sudo apt-get install -y --no-install-recommends ${list}`);
    process.exit(1);
  }
  console.log(`${what} missing: installing Debian packages ${list} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq', { stdio: 'inherit', env });
  execSync(`apt-get install -y -qq --no-install-recommends ${list}`, { stdio: 'inherit', env });
}
