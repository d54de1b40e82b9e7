/**
 * Where the reader is: in Oman, or abroad keeping an Omani number alive. It changes what
 * each channel can do for them (a store needs someone in Oman, short hotline numbers may
 * not connect, online payment may refuse a foreign card).
 */
import { msg } from '@lit/localize';
import { chipGroup } from './chips.js';

export const SITUATIONS = ['home', 'abroad'] as const;

export type Situation = (typeof SITUATIONS)[number];

export const DEFAULT_SITUATION: Situation = 'home';

export function isSituation(value: unknown): value is Situation {
  return (SITUATIONS as readonly unknown[]).includes(value);
}

/** Two toggle buttons, "In Oman" and "Abroad": the reader says where they are. */
export const situationToggle = (current: Situation, choose: (situation: Situation) => void) => {
  const labels: Record<Situation, string> = {
    home: msg('In Oman', { desc: 'Toggle: the reader is in Oman' }),
    abroad: msg('Abroad', { desc: 'Toggle: the reader is outside Oman' }),
  };
  return chipGroup({
    name: 'situation',
    label: msg('Where are you now?'),
    options: SITUATIONS,
    pressed: current,
    labelOf: (id) => labels[id],
    onPress: choose,
  });
};
