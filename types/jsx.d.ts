/**
 * JSX typings for React 19: `import type {} from 'oman-sim-renewal/jsx';` once in your app.
 * React 19 passes these props to the element as properties, and `ontab-change` adds a
 * listener for the `tab-change` event.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { OmanSimRenewal, TabChangeDetail, TabId } from 'oman-sim-renewal';

type OmanSimRenewalProps = DetailedHTMLProps<HTMLAttributes<OmanSimRenewal>, OmanSimRenewal> & {
  operator?: string;
  language?: string;
  tab?: TabId;
  theme?: 'auto' | 'light' | 'dark';
  'ontab-change'?: (event: CustomEvent<TabChangeDetail>) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'oman-sim-renewal': OmanSimRenewalProps;
    }
  }
}
