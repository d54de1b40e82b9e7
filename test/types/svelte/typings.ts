// The one line a Svelte app adds (e.g. to src/app.d.ts).
import type {} from 'oman-sim-renewal/svelte';
