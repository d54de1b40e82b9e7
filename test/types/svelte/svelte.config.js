// Found by svelte-check before the repository's vite.config.ts: this folder only holds typing checks.
export default {};
