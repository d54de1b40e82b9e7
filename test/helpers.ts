/** Shared test helpers: render the element and reach into its open shadow root. */
import { fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { OmanSimRenewal } from '../src/index.js';

export type { OmanSimRenewal };

export const render = (template = html`<oman-sim-renewal></oman-sim-renewal>`) =>
  fixture<OmanSimRenewal>(template);

export const tabs = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];

export const panels = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tabpanel"]')];

export const visiblePanel = (el: Element) => panels(el).find((panel) => !panel.hidden)!;

export const selectedTab = (el: Element) =>
  tabs(el).find((tab) => tab.getAttribute('aria-selected') === 'true')!;

export const focusedTab = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Records console.warn calls while `run` executes. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
