import { msg } from '@lit/localize';
import { OPERATORS, OPERATOR_IDS, type OperatorId } from './operators/index.js';
import { chipGroup } from './chips.js';

/**
 * Lets a reader who arrived without an operator pick theirs: one toggle button each
 * (pressing the chosen one again returns to the general guide). Buttons, not a
 * <select>: one tap instead of two, and a native select is the costliest control to
 * create — it made up a third of a guide's first render.
 */
export const operatorChooser = (chosen: OperatorId | undefined, onChoose: (id: OperatorId) => void) =>
  chipGroup({
    name: 'chooser',
    label: msg('Choose your operator:'),
    options: OPERATOR_IDS,
    pressed: chosen,
    labelOf: (id) => OPERATORS[id].name,
    onPress: onChoose,
  });
