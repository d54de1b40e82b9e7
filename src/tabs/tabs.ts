/**
 * The tabs of the guide and the pure keyboard logic of the WAI-ARIA tabs pattern.
 * No DOM here, so the rules can be unit-tested on their own.
 */

/** Tab ids, in display order. Part of the public contract. */
export const TAB_IDS = ['online', 'store', 'phone', 'tips'] as const;

export type TabId = (typeof TAB_IDS)[number];

export const DEFAULT_TAB: TabId = 'online';

export function isTabId(value: unknown): value is TabId {
  return (TAB_IDS as readonly unknown[]).includes(value);
}

export type Direction = 'ltr' | 'rtl';

/**
 * The index of the tab a key press moves to, or `null` when the key is not one the
 * tablist handles (so the browser keeps its default, e.g. Up/Down scroll the page).
 *
 * Left/Right move and wrap around; Home/End go to the first/last tab. In a
 * right-to-left layout the tabs run from right to left, so Left means "next".
 */
export function nextTabIndex(
  key: string,
  current: number,
  count: number,
  direction: Direction = 'ltr',
): number | null {
  if (count <= 0) return null;
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return (current + 1) % count;
    case backward:
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
