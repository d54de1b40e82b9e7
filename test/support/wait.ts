import { waitUntil } from '@open-wc/testing';

/**
 * waitUntil with a timeout sized for the slowest engine on a busy CI machine (WebKit under
 * load), not for a fast laptop: a passing condition returns as soon as it holds.
 */
export const waitFor = (predicate: () => unknown, message: string) =>
  waitUntil(predicate, message, { timeout: 10_000 });
