import { waitUntil } from '@open-wc/testing';

/**
 * waitUntil with a timeout sized for the slowest engine on a busy CI machine (WebKit under
 * load), not for a fast laptop (open-wc's default is 1 s): a passing condition returns as
 * soon as it holds. Tests wait through this, never through waitUntil directly.
 */
export const waitFor = (predicate: () => unknown, message?: string) =>
  waitUntil(predicate, message, { timeout: 20_000 });
