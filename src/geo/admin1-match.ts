import { foldName } from './normalise.js';
import type { GazetteerEntry } from './types.js';

/** Two entries in the same first-level division: by code where both have one, else by admin1 name. */
export function sameAdmin1(a: GazetteerEntry, b: GazetteerEntry): boolean {
  if (a === b || !a.country || a.country !== b.country) return false;
  if (a.admin1Code && a.admin1Code === b.admin1Code) return true;
  return !!a.admin1 && !!b.admin1 && foldName(a.admin1) === foldName(b.admin1);
}
