/**
 * JSX typings for React 19: `import type {} from 'oman-sim-renewal/jsx';` once in your app.
 * React 19 passes these props to the element as properties, and `ontab-change` (exactly so:
 * React matches the event name case-sensitively) adds a listener for `tab-change`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  OmanSimRenewal,
  OmanSimRenewalProps,
  OperatorChangeEvent,
  SituationChangeEvent,
  TabChangeEvent,
} from 'oman-sim-renewal';

type ReactProps = DetailedHTMLProps<HTMLAttributes<OmanSimRenewal>, OmanSimRenewal> &
  OmanSimRenewalProps & {
    'ontab-change'?: (event: TabChangeEvent) => void;
    'onsituation-change'?: (event: SituationChangeEvent) => void;
    'onoperator-change'?: (event: OperatorChangeEvent) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'oman-sim-renewal': ReactProps;
    }
  }
}
