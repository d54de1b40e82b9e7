/**
 * axe checks, one at a time. axe refuses to start while another run is going ("Axe is
 * already running"), and a run outlives a test that timed out: each run waits for the
 * one before it (whatever its outcome), so nothing leaks into the next test.
 */
import { expect } from '@open-wc/testing';

let previous: Promise<unknown> = Promise.resolve();

/** Asserts that axe finds no violations in `element`. */
export function expectAccessible(element: Element, options?: Record<string, unknown>): Promise<void> {
  const run = previous
    .catch(() => undefined)
    .then(async () => {
      await expect(element).to.be.accessible(options);
    });
  previous = run;
  return run;
}
