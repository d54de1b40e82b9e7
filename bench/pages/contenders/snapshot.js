// What the built guide renders, per operator, in the page's language: written by
// bench/lib/snapshot.mjs at bench time (bench/pages/generated/, not committed), so the
// Shoelace and limit contenders always show what today's build shows.
import { SNAPSHOTS } from '../generated/snapshots.js';

export function snapshotFor(operator) {
  const key = `${operator || 'generic'} ${document.documentElement.lang}`;
  const snapshot = SNAPSHOTS[key];
  if (!snapshot) throw new Error(`no snapshot "${key}": run the bench's snapshot step`);
  return snapshot;
}
