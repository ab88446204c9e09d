import { featureWeight } from './feature-weights.js';
import type { GazetteerEntry, MatchVia } from './types.js';

/** Population's share of the prior: 0 at 1,000 inhabitants (the gazetteer's floor), 0.5 at 10 million. */
function populationTerm(entry: GazetteerEntry): number {
  if (entry.population <= 0) return featureWeight(entry.featureClass).unknownPopulation;
  return 0.5 * Math.min(1, Math.max(0, (Math.log10(entry.population) - 3) / 4));
}

/** How important a place is before reading the article: feature kind plus size. */
export function priorOf(entry: GazetteerEntry): number {
  return featureWeight(entry.featureClass).weight + populationTerm(entry);
}

/**
 * A name found only without its affix ("Kursk" for "Kursk Oblast") is a slightly weaker match than the
 * entry's own name, so bare "Donetsk" is the city and "Donetsk region" the oblast.
 */
export const MATCH_PENALTY: Readonly<Record<MatchVia, number>> = {
  name: 0,
  alt: 0,
  alias: 0,
  stripped: -0.1,
  demonym: 0,
};
