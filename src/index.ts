/**
 * The package entry (and the one-file builds' entry): the element, its public types, and
 * its definition (src/define.ts).
 */
import {
  OmanSimRenewal,
  type OperatorChangeDetail,
  type SituationChangeDetail,
  type TabChangeDetail,
} from './oman-sim-renewal.js';
import { VERSION } from './version.js';
import { defineOmanSimRenewal } from './define.js';

export { OmanSimRenewal, VERSION };
export type { OperatorChangeDetail, SituationChangeDetail, TabChangeDetail };
export type { TabId } from './tabs/tabs.js';
export { TAB_IDS } from './tabs/tabs.js';
export type { OperatorFacts, OperatorId } from './operators/index.js';
export type { Situation } from './choosers/situation-toggle.js';

export const TAG_NAME = 'oman-sim-renewal';

/** The colour schemes `theme` takes. */
export type Theme = NonNullable<OmanSimRenewal['theme']>;

/** The event the element fires when the reader chooses another tab. */
export type TabChangeEvent = CustomEvent<TabChangeDetail>;

/** The event the element fires when the reader switches In Oman / Abroad. */
export type SituationChangeEvent = CustomEvent<SituationChangeDetail>;

/** The event the element fires when the reader chooses an operator in the general guide. */
export type OperatorChangeEvent = CustomEvent<OperatorChangeDetail>;

/**
 * What a framework template may set on the element (attributes or properties), taken from
 * the class so that the React, Vue and Svelte typings cannot drift from it.
 */
export type OmanSimRenewalProps = Partial<
  Pick<OmanSimRenewal, 'operator' | 'language' | 'theme' | 'tab' | 'situation'>
>;

defineOmanSimRenewal();

declare global {
  interface HTMLElementTagNameMap {
    'oman-sim-renewal': OmanSimRenewal;
  }
  // Listeners on the element, and on document or window (the event bubbles and is composed).
  interface GlobalEventHandlersEventMap {
    'tab-change': TabChangeEvent;
    'situation-change': SituationChangeEvent;
    'operator-change': OperatorChangeEvent;
  }
}
