// `npm run check`: the Vue and Svelte typings (types/vue.d.ts, types/svelte.d.ts) accept what
// a user writes and reject misuse. Vue templates take @vue-expect-error, so vue-tsc alone
// decides; Svelte templates have no such comment, so svelte-check must report exactly the
// lines of test/types/svelte/Misuse.svelte marked "error", and nothing else.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** @param {string} command @param {string[]} args */
const run = (command, args) => spawnSync('npx', [command, ...args], { encoding: 'utf8' });
let failed = false;

const vue = run('vue-tsc', ['-p', 'test/types/vue/tsconfig.json']);
if (vue.status !== 0) {
  console.error(`Vue typings (vue-tsc):\n${vue.stdout}${vue.stderr}`);
  failed = true;
}

const svelteDir = 'test/types/svelte';
const svelte = run('svelte-check', ['--workspace', svelteDir, '--output', 'machine']);
const errors = svelte.stdout
  .split('\n')
  .map((line) => /^\d+ ERROR "([^"]+)" (\d+):\d+ (.*)$/.exec(line))
  .filter((match) => match !== null)
  .map(([, file, line, message]) => ({ where: `${file}:${line}`, message }));
const expected = readFileSync(`${svelteDir}/Misuse.svelte`, 'utf8')
  .split('\n')
  .flatMap((text, index) => (text.includes('<!-- error:') ? [`Misuse.svelte:${index + 1}`] : []));
const found = errors.map((error) => error.where);
const unexpected = errors.filter((error) => !expected.includes(error.where));
const missed = expected.filter((where) => !found.includes(where));
if (!/COMPLETED/.test(svelte.stdout) || unexpected.length > 0 || missed.length > 0) {
  console.error('Svelte typings (svelte-check):');
  for (const { where, message } of unexpected) console.error(`  unexpected error at ${where}: ${message}`);
  for (const where of missed) console.error(`  no error at ${where}, which misuses the element`);
  if (!/COMPLETED/.test(svelte.stdout)) console.error(svelte.stdout + svelte.stderr);
  failed = true;
}

if (failed) process.exit(1);
const vueMisuses = readFileSync('test/types/vue/Usage.vue', 'utf8').split('@vue-expect-error').length - 1;
console.log(
  `Vue and Svelte typings: usage passes; ${vueMisuses} Vue and ${expected.length} Svelte misuses fail.`,
);
