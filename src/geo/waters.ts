import type { Candidate, ToponymGroup } from './toponyms.js';

/** Oceans and seas (GeoNames H.OCN, H.SEA). */
const WATER = /^H\.(?:OCN|SEA)$/;

/**
 * A name that an ocean or a sea goes by ("the Pacific", "the Baltic") is the water, never a town named after
 * it (Pacific, Missouri; Baltic, Ohio), whatever state the article mentions: such groups drop their populated
 * places. Only "Pacific, Mo." (a town inside the container written after it, `contained`) keeps them.
 */
export function watersOverTowns(
  groups: readonly ToponymGroup[],
  contained: ReadonlySet<Candidate>,
): ToponymGroup[] {
  return groups.map((g) => {
    if (!g.candidates.some((c) => WATER.test(c.entry.featureClass))) return g;
    if (g.candidates.some((c) => contained.has(c))) return g;
    const candidates = g.candidates.filter((c) => !c.entry.featureClass.startsWith('P.'));
    return candidates.length === g.candidates.length ? g : { ...g, candidates };
  });
}
