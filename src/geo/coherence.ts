import { distanceKm } from './distance.js';
import type { Candidate, ToponymGroup } from './toponyms.js';
import type { GazetteerEntry } from './types.js';

/**
 * Coherence between the readings of different names: local news names a town and its county without the
 * state ("Huntsville" and "Walker County"), and the right readings lie next to each other while the famous
 * ones (Huntsville and Walker County, Alabama) lie further apart. Each candidate is scored by how many other
 * names have some reading close to it, not only their most important one. Only each name's most important
 * readings take part (`TOP_READINGS`), so a name with readings everywhere ("Springfield") cannot vouch for
 * everything, and the cost stays small.
 */
const TOP_READINGS = 12;
/** A reading of another name this close counts as a neighbour. */
const NEIGHBOUR_KM = 40;
/** Bonus per other name with a neighbouring reading, and its cap. */
const PER_NEIGHBOUR = 0.35;
const MAX_BONUS = 0.7;

/** Points and small areas: towns, sites, islands and counties; a state's or country's centre says nothing. */
const isLocal = (e: GazetteerEntry): boolean => /^[PS]\.|^T\.ISL$|^A\.ADM2$/.test(e.featureClass);

export interface Readings {
  group: string;
  /** The group's name key: another group of the same name ("Indiana county") is no neighbour of this one. */
  key: string;
  entries: GazetteerEntry[];
}

/** Each group's most important local readings. */
export function topReadings(groups: readonly ToponymGroup[]): Readings[] {
  return groups.map((g) => ({
    group: g.id,
    key: g.key,
    entries: [...g.candidates]
      .sort((a, b) => b.prior - a.prior)
      .slice(0, TOP_READINGS)
      .map((c) => c.entry)
      .filter(isLocal),
  }));
}

/** The coherence bonus of one candidate of `group`. */
export function coherenceBonus(group: ToponymGroup, c: Candidate, readings: readonly Readings[]): number {
  if (!isLocal(c.entry)) return 0;
  let bonus = 0;
  for (const r of readings) {
    if (r.group === group.id || r.key === group.key) continue;
    if (
      r.entries.some(
        (e) => e !== c.entry && distanceKm(e.lat, e.lon, c.entry.lat, c.entry.lon) <= NEIGHBOUR_KM,
      )
    )
      bonus += PER_NEIGHBOUR;
    if (bonus >= MAX_BONUS) return MAX_BONUS;
  }
  return bonus;
}
