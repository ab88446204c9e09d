import type { HomeRegion } from '../doc/types.js';
import type { Clues } from './clues.js';
import { inHomeRegion } from './home-region.js';
import { coherenceBonus, type Readings } from './coherence.js';
import { distanceKm } from './distance.js';
import { sameAdmin1 } from './admin1-match.js';
import type { Candidate, ToponymGroup } from './toponyms.js';
import type { GazetteerEntry } from './types.js';

/**
 * Context bonuses added to a candidate's prior. The sizes are set against the priors in
 * `feature-weights.ts`: Paris, France leads Paris, Texas by ≈0.6 on priors, so a Texas mention (same admin1
 * +0.6, plus US country share) flips it, while a mere "US" elsewhere in the article (+0.25 at most) does not.
 */
const BONUS = {
  /** Share of the country among the clues in the same sentences, weighted by closeness. */
  localCountry: 0.35,
  /** Share of the country among all the article's clues. */
  articleCountry: 0.25,
  /** Another place in the article lies in the same first-level division (Atlanta → Georgia, the US state). */
  sameAdmin1: 0.6,
  /** A state among the article's other states ("California and Pennsylvania"): not the town California, Pa. */
  siblingAdmin1: 0.3,
  /** Another city or site in the article lies within NEAR_KM / AROUND_KM. */
  near: 0.3,
  around: 0.15,
  /** "Toronto, Ontario": a reading of one name inside a reading of the name after its comma (containment.ts). */
  commaContainer: 1.5,
  /**
   * The publication's home division and country (home-region.ts): about as strong as a sure place of the
   * article in the same state, so that the article's own places still outvote it.
   */
  homeAdmin1: 0.45,
  homeCountry: 0.2,
} as const;
const NEAR_KM = 100;
const AROUND_KM = 300;
/** Characters over which a same-sentence clue's weight halves: the nearer word explains more. */
const HALF_WEIGHT_CHARS = 80;

/**
 * The part of each candidate's support that does not depend on the other names' current readings: coherence
 * with their top readings, and "Name, Container" pairs. Computed once, before the rounds of `scoreInContext`.
 */
export function fixedSupport(
  groups: readonly ToponymGroup[],
  readings: readonly Readings[],
  contained: ReadonlySet<Candidate>,
): Map<Candidate, FixedSupport> {
  const out = new Map<Candidate, FixedSupport>();
  for (const g of groups)
    for (const c of g.candidates) {
      const near = coherenceBonus(g, c, readings);
      const named = contained.has(c) ? BONUS.commaContainer : 0;
      if (near || named) out.set(c, { near, named });
    }
  return out;
}

/** Coherence with other names' readings (`near`) and a container written after the name (`named`). */
export interface FixedSupport {
  near: number;
  named: number;
}

/** Sets every candidate's score to its prior plus what the article's other clues say. */
export function scoreInContext(
  group: ToponymGroup,
  clues: Clues,
  fixedSupport: ReadonlyMap<Candidate, FixedSupport> = new Map(),
): void {
  const local = new Map<string, number>();
  for (const m of group.mentions) {
    for (const clue of clues.bySentence.get(m.sentence) ?? []) {
      if (clue.group === group.id || clue.key === group.key || !clue.country) continue;
      const closeness = 1 / (1 + Math.abs(clue.offset - m.start) / HALF_WEIGHT_CHARS);
      add(local, clue.country, clue.weight * closeness);
    }
  }
  const article = new Map<string, number>();
  /** How sure each other place's reading is: a guessed namesake vouches for its state less than a sure one. */
  const sureness = new Map<GazetteerEntry, number>();
  for (const clue of clues.all) {
    if (clue.group === group.id || clue.key === group.key) continue;
    if (clue.country) add(article, clue.country, clue.weight);
    if (clue.entry) sureness.set(clue.entry, Math.max(sureness.get(clue.entry) ?? 0, clue.weight));
  }
  const places = [...sureness.keys()];
  const localTotal = sum(local);
  const articleTotal = sum(article);
  // A home region tells local namesakes apart; it does not turn "China" into China, Texas. (States it may:
  // a Georgia paper's "Georgia", an Ohio paper's "Delaware" are often its own.)
  const namesakeCountry = group.candidates.some((c) => COUNTRY.test(c.entry.featureClass));
  const divisions = group.candidates.filter((c) => c.entry.featureClass === 'A.ADM1');
  for (const c of group.candidates) {
    const country = c.entry.country;
    let score = c.prior;
    if (country && localTotal > 0) score += (BONUS.localCountry * (local.get(country) ?? 0)) / localTotal;
    if (country && articleTotal > 0)
      score += (BONUS.articleCountry * (article.get(country) ?? 0)) / articleTotal;
    let admin1Sureness = 0;
    let inAdmin1 = 0;
    let inCountry = 0;
    for (const p of places) {
      const weight = sureness.get(p) ?? 0;
      if (sameAdmin1(p, c.entry)) {
        admin1Sureness = Math.max(admin1Sureness, weight);
        inAdmin1 += weight;
      }
      if (p.country === c.entry.country && !COUNTRY.test(p.featureClass)) inCountry += weight;
    }
    // A town that a far larger namesake dwarfs (Paris, Kentucky beside Paris, France; Cleveland, Texas beside
    // Cleveland, Ohio) is not chosen because its state is one of several the article mentions, or because one
    // of the article's cities, or a reading of another name, happens to lie near it (Cleveland, Texas by
    // Houston; Paris, Kentucky by Midway, Kentucky, itself a namesake); it still is
    // where its state is the article's own (most of its places lie there: a local paper's Dublin, Ohio), or
    // where the state is written next to it ("Paris, Ky.": fixed support).
    const ownState = inCountry > 0 && inAdmin1 / inCountry >= LOCAL_ADMIN1_SHARE;
    const placing =
      !ownState && !suburb(c.entry, places) && dwarfed(c, group.candidates) ? DWARFED_SUPPORT_SHARE : 1;
    c.support = placing * (BONUS.sameAdmin1 * admin1Sureness + proximityBonus(c, places));
    if (places.some((p) => siblingAdmin1(p, c.entry))) c.support += BONUS.siblingAdmin1;
    // A small town named after a division of its own country elsewhere (Wales, a village in England; Indiana,
    // Pennsylvania): other places of that country nearby say nothing for the town over the division.
    if (shadowedTown(c.entry, divisions)) c.support = 0;
    const fixed = fixedSupport.get(c);
    if (fixed) c.support += placing * fixed.near + fixed.named;
    const homeApplies = clues.home && !(namesakeCountry && !c.entry.featureClass.startsWith('A.'));
    c.home = homeApplies ? homeBonus(clues.home!, c.entry) : 0;
    c.support += c.home;
    c.score = score + c.support;
  }
}

/** A namesake this many times as populous, or this much ahead on prior alone, dwarfs a town. */
const DWARFING_POPULATION_RATIO = 20;
const DWARFING_PRIOR_GAP = 0.5;
/** Share of the article's places in the country (by sureness) that makes a state the article's own. */
const LOCAL_ADMIN1_SHARE = 0.5;
/** What is left of a dwarfed town's same-state and nearness bonuses. */
const DWARFED_SUPPORT_SHARE = 0;

function dwarfed(c: Candidate, candidates: readonly Candidate[]): boolean {
  if (!c.entry.featureClass.startsWith('P.')) return false;
  const population = Math.max(c.entry.population, 1000);
  return candidates.some(
    (o) =>
      o !== c &&
      !sameAdmin1(o.entry, c.entry) &&
      (o.entry.population >= DWARFING_POPULATION_RATIO * population ||
        o.prior >= c.prior + DWARFING_PRIOR_GAP),
  );
}

/** A town this close to another point of the article is its suburb or neighbourhood (Chelsea by New York City). */
const SUBURB_KM = 25;

function suburb(e: GazetteerEntry, places: readonly GazetteerEntry[]): boolean {
  return places.some((p) => p !== e && isPoint(p) && distanceKm(p.lat, p.lon, e.lat, e.lon) <= SUBURB_KM);
}

/** Towns smaller than this, named as a division of their country they are not in, are shadowed by it. */
const SHADOWED_POPULATION = 100_000;

function shadowedTown(e: GazetteerEntry, divisions: readonly Candidate[]): boolean {
  return (
    e.featureClass.startsWith('P.') &&
    e.population < SHADOWED_POPULATION &&
    divisions.some((d) => d.entry.country === e.country && !sameAdmin1(d.entry, e) && d.entry !== e)
  );
}

/** Countries and dependent territories (GeoNames A.PCL*). */
const COUNTRY = /^A\.PCL/;

function homeBonus(home: HomeRegion, entry: GazetteerEntry): number {
  const match = inHomeRegion(home, entry);
  if (!match) return 0;
  return BONUS.homeCountry + (match === 'admin1' ? BONUS.homeAdmin1 : 0);
}

function siblingAdmin1(a: GazetteerEntry, b: GazetteerEntry): boolean {
  return (
    a !== b &&
    a.featureClass === 'A.ADM1' &&
    b.featureClass === 'A.ADM1' &&
    !!a.country &&
    a.country === b.country
  );
}

/** Only points (cities, sites, islands) are near or far; a country's or sea's centre says little. */
const isPoint = (e: GazetteerEntry): boolean => /^[PS]\.|^T\.ISL$/.test(e.featureClass);

function proximityBonus(c: Candidate, places: readonly GazetteerEntry[]): number {
  if (!isPoint(c.entry)) return 0;
  let nearest = Infinity;
  for (const p of places) {
    if (p !== c.entry && isPoint(p))
      nearest = Math.min(nearest, distanceKm(p.lat, p.lon, c.entry.lat, c.entry.lon));
  }
  return nearest <= NEAR_KM ? BONUS.near : nearest <= AROUND_KM ? BONUS.around : 0;
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

function sum(map: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const v of map.values()) total += v;
  return total;
}
