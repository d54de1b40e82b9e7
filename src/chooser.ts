import { html } from 'lit';
import { msg } from '@lit/localize';
import { OPERATORS, OPERATOR_IDS, type OperatorId } from './operators/index.js';

/**
 * Lets a reader who arrived without an operator pick theirs: one toggle button each
 * (pressing the chosen one again returns to the general guide). Buttons, not a
 * <select>: one tap instead of two, and a native select is the costliest control to
 * create — it made up a third of a guide's first render.
 */
export const operatorChooser = (chosen: OperatorId | undefined, onChoose: (id: OperatorId) => void) =>
  html`<div class="chooser" part="chooser" role="group" aria-labelledby="chooser-label">
    <span id="chooser-label">${msg('Choose your operator:')}</span>
    ${OPERATOR_IDS.map(
      (id) =>
        html`<button
          type="button"
          class="chip"
          part="chooser-option"
          aria-pressed=${id === chosen ? 'true' : 'false'}
          @click=${() => onChoose(id)}
        >
          ${OPERATORS[id].name}
        </button>`,
    )}
  </div>`;
