import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { OPERATORS, OPERATOR_IDS, type OperatorId } from '../operators/index.js';
import { chipGroup } from './chips.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Lets a reader who arrived without an operator pick theirs: a label above one row of
 * buttons. Once chosen, the row folds to "✓ Ooredoo · Change", which gives the first phone
 * screen back to the guide; "Change" opens the row again (a toggle that silently returned
 * to the general guide could not be discovered). Focus follows, so keyboard readers are
 * never dropped. Buttons, not a <select>: one tap instead of two, and a native select is
 * the costliest control to create — it made up a third of a guide's first render.
 */
export class OperatorChooser implements ReactiveController {
  /** The operator the reader picked, if any (for this guide only; nothing is stored). */
  chosen?: OperatorId;

  /** True while the reader picks again after pressing "Change". */
  private changing = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** A guide taken off the page and put back later shows the choice folded again. */
  hostDisconnected(): void {
    this.changing = false;
  }

  private async focusAfterUpdate(selector: string) {
    await this.host.updateComplete;
    // renderRoot, not shadowRoot: a page may force shadow roots closed.
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  render() {
    const chosen = this.chosen;
    const label = msg('Choose your operator:');
    if (!chosen || this.changing) {
      return chipGroup({
        name: 'chooser',
        label,
        options: OPERATOR_IDS,
        pressed: chosen,
        labelOf: (id) => OPERATORS[id].name,
        onPress: (id) => {
          this.changing = false;
          const previous = this.chosen;
          this.chosen = id;
          this.host.requestUpdate();
          if (id !== previous)
            this.host.dispatchEvent(
              new CustomEvent('operator-change', {
                detail: { operator: id, previous },
                bubbles: true,
                composed: true,
              }),
            );
          void this.focusAfterUpdate('.change');
        },
      });
    }
    const change = () => {
      this.changing = true;
      this.host.requestUpdate();
      void this.focusAfterUpdate('.chooser .chip[aria-pressed="true"]');
    };
    return html`<div class="chooser" part="chooser" role="group" aria-labelledby="chooser-label">
      <span id="chooser-label" class="chips-label">${label}</span>
      <div class="chips">
        <span class="chip chosen" part="chooser-option">${OPERATORS[chosen].name}</span>
        <button type="button" class="change" @click=${change}>${msg('Change')}</button>
      </div>
    </div>`;
  }
}
