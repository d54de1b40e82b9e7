/**
 * Vue 3 template typings: `import type {} from 'oman-sim-renewal/vue';` once (or list it in
 * tsconfig `types`). vue-tsc then checks `<oman-sim-renewal>` props, `@tab-change`,
 * `@situation-change` and `@operator-change`.
 * Vue must also be told the tag is a custom element (`isCustomElement`, see README).
 */
import type { DefineComponent, HTMLAttributes, ReservedProps } from 'vue';
import type {
  OmanSimRenewalProps,
  OperatorChangeEvent,
  SituationChangeEvent,
  TabChangeEvent,
} from 'oman-sim-renewal';

type VueProps = HTMLAttributes &
  ReservedProps &
  OmanSimRenewalProps & {
    // `@tab-change` in a template is checked against this prop.
    onTabChange?: (event: TabChangeEvent) => void;
    onSituationChange?: (event: SituationChangeEvent) => void;
    onOperatorChange?: (event: OperatorChangeEvent) => void;
  };

declare module 'vue' {
  interface GlobalComponents {
    'oman-sim-renewal': DefineComponent<VueProps>;
  }
}
