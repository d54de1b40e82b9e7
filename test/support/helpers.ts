/** Shared test helpers: render the element and reach into its open shadow root. */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { OmanSimRenewal } from '../../src/index.js';

export { captureWarnings } from './warnings.js';

export type { OmanSimRenewal };

export const render = (template = html`<oman-sim-renewal></oman-sim-renewal>`) =>
  fixture<OmanSimRenewal>(template);

/**
 * Emulates CSS media features where the browser's driver can (Chromium over CDP);
 * skips the calling test elsewhere, rather than passing without checking anything.
 */
export async function emulateMediaOrSkip(context: Mocha.Context, media: Parameters<typeof emulateMedia>[0]) {
  try {
    await emulateMedia(media);
  } catch (error) {
    if (/not support|CDP/i.test(String(error))) context.skip();
    throw error;
  }
}

/** Resets emulated media where supported; a no-op elsewhere. */
export const resetMedia = () =>
  emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' }).catch(
    () => undefined,
  );
