/**
 * Facts age: a page checked long ago may have changed since. Pure date arithmetic on the
 * reader's clock (local calendar days), so it can be tested with any `now`.
 */

/** Past this many months since its check, a fact is shown with its age. */
export const STALE_AFTER_MONTHS = 12;

/** Whole calendar months from a YYYY-MM-DD date to `now` (0 if `now` is earlier). */
export function monthsSince(checked: string, now: number): number {
  const [year, month, day] = checked.split('-').map(Number);
  const today = new Date(now);
  const months = (today.getFullYear() - year) * 12 + today.getMonth() + 1 - month;
  return Math.max(0, today.getDate() < day ? months - 1 : months);
}

/**
 * How many months ago a fact was checked, when that is more than STALE_AFTER_MONTHS
 * (from the day after the anniversary); `undefined` while it is fresh.
 */
export function staleMonths(checked: string, now: number): number | undefined {
  // A page's clock can be broken (a Date mock left on): no age is better than a blank guide.
  if (!Number.isFinite(now)) return undefined;
  const [year, month, day] = checked.split('-').map(Number);
  const fresh = now < new Date(year, month - 1 + STALE_AFTER_MONTHS, day + 1).getTime();
  return fresh ? undefined : monthsSince(checked, now);
}
