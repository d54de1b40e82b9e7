/**
 * Copying USSD codes, and the result the reader sees and hears (a live region). The
 * result is kept as data and worded at render time, so it follows a language switch.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { ltrText } from '../i18n/bidi.js';

export interface CopyResult {
  code: string;
  copied: boolean;
}

// A clipboard that never answers (a stuck permission prompt, a broken polyfill) must not
// leave the reader waiting: after this long, say how to copy by hand.
const CLIPBOARD_PATIENCE_MS = 2000;

/** Resolves true once `code` is on the clipboard; false if refused, missing or too slow. */
export function writeToClipboard(code: string): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), CLIPBOARD_PATIENCE_MS);
    const settle = (copied: boolean) => {
      clearTimeout(timer);
      resolve(copied);
    };
    try {
      navigator.clipboard.writeText(code).then(
        () => settle(true),
        () => settle(false),
      );
    } catch {
      settle(false); // no clipboard (insecure page, old browser)
    }
  });
}

export class CopyController implements ReactiveController {
  /** The last copy's outcome, if any. */
  result?: CopyResult;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A guide taken off the page and put back later shows no stale result. */
  hostDisconnected(): void {
    this.result = undefined;
  }

  /** Copies `code`, then shows and announces the result. */
  copy = async (code: string): Promise<void> => {
    const copied = await writeToClipboard(code);
    // Empty the live region first, so copying the same code twice is announced twice.
    this.result = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.result = { code, copied };
    this.host.requestUpdate();
  };

  /** The result line, in the locale being rendered (call it inside render). */
  status(): string {
    if (!this.result) return '';
    const { code, copied } = this.result;
    // The code stays whole and left to right inside right-to-left text.
    return copied
      ? msg(str`Copied ${ltrText(code)}`)
      : msg(str`Could not copy. Select ${ltrText(code)} and copy it yourself.`);
  }
}
