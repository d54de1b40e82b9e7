/**
 * "Send this to someone in Oman": for a reader abroad whose card is refused, the text a
 * friend in Oman needs to top up their number — the operator's official recharge page and
 * menu path (sourced facts) and a line for the number — handed to the phone's own share
 * sheet (Web Share) or copied. The guide sends nothing and stores nothing itself.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { OperatorFacts } from '../operators/index.js';
import { officialUrl } from './safe-links.js';
import { ltrText } from '../i18n/bidi.js';
import { writeToClipboard } from './copy-controller.js';

/** The message, in the reader's language (call it while rendering). */
export function shareText(operator: OperatorFacts | undefined): string {
  const page = operator?.rechargePage?.value;
  const url = officialUrl(page?.url ?? operator?.site.value);
  return [
    operator
      ? msg(str`Please top up my ${ltrText(operator.name)} prepaid number.`)
      : msg('Please top up my Omani prepaid number.'),
    `${msg('My number:')} +968 `,
    ...(url ? [url] : []),
    ...(page?.path ? [page.path.join(' › ')] : []),
  ].join('\n');
}

type Outcome = 'shared' | 'copied' | 'failed';

export class ShareController implements ReactiveController {
  private outcome?: Outcome;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.outcome = undefined;
  }

  private send = async (text: string) => {
    this.outcome = undefined;
    this.host.requestUpdate();
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ text });
        this.outcome = 'shared';
      } catch (error) {
        // The reader closed the share sheet: nothing to say.
        if ((error as Error)?.name === 'AbortError') return;
        this.outcome = (await writeToClipboard(text)) ? 'copied' : 'failed';
      }
    } else {
      this.outcome = (await writeToClipboard(text)) ? 'copied' : 'failed';
    }
    this.host.requestUpdate();
  };

  /** The button, its live status and, if copying failed, the text to copy by hand. */
  render(operator: OperatorFacts | undefined) {
    const text = shareText(operator);
    const status =
      this.outcome === 'copied'
        ? msg('Copied. Paste it into a message to someone in Oman, and add your number.')
        : this.outcome === 'failed'
          ? msg('Could not copy. Select the text below and copy it yourself.')
          : '';
    return html`<div class="share">
      <button type="button" class="button secondary" part="share-button" @click=${() => this.send(text)}>
        ${msg('Send this to someone in Oman')}
      </button>
      <p class="share-status" role="status">${status}</p>
      ${this.outcome === 'failed' ? html`<p class="share-text">${text}</p>` : nothing}
    </div>`;
  }
}
