import { html } from 'lit';

/**
 * A labelled row of toggle buttons ("chips"), one pressed at most: the operator chooser
 * and the In Oman / Abroad toggle. The label sits above one row of chips. `name` is the group's class and part (`name-option`
 * for each button) and prefixes the label's id.
 */
export const chipGroup = <T extends string>(group: {
  name: string;
  label: string;
  options: readonly T[];
  pressed: T | undefined;
  labelOf: (option: T) => string;
  onPress: (option: T) => void;
}) =>
  html`<div class=${group.name} part=${group.name} role="group" aria-labelledby="${group.name}-label">
    <span id="${group.name}-label" class="chips-label">${group.label}</span>
    <div class="chips">
      ${group.options.map(
        (option) =>
          html`<button
            type="button"
            class="chip"
            part="${group.name}-option"
            aria-pressed=${option === group.pressed ? 'true' : 'false'}
            @click=${() => group.onPress(option)}
          >
            ${group.labelOf(option)}
          </button>`,
      )}
    </div>
  </div>`;
