/**
 * Svelte 5 typings: `import type {} from 'oman-sim-renewal/svelte';` once (e.g. in
 * src/app.d.ts). svelte-check then checks `<oman-sim-renewal>` attributes and `ontab-change`.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type {
  OmanSimRenewal,
  OmanSimRenewalProps,
  OperatorChangeEvent,
  SituationChangeEvent,
  TabChangeEvent,
} from 'oman-sim-renewal';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'oman-sim-renewal': HTMLAttributes<OmanSimRenewal> &
      OmanSimRenewalProps & {
        'ontab-change'?: (event: TabChangeEvent) => void;
        'onsituation-change'?: (event: SituationChangeEvent) => void;
        'onoperator-change'?: (event: OperatorChangeEvent) => void;
      };
  }
}
