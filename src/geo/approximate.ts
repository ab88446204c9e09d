/**
 * Places the gazetteer lacks (streets, squares, buildings, canals, venues) resolve to the most specific
 * enclosing place the article gives: the city it names most (`focusCity`), flagged `approximate`, instead of
 * nothing or a namesake abroad (a local "Paris Street" is not in France). Only names whose last word says
 * they are such a spot (`data/geo/local-feature-words.tsv`) and only when the article has a city.
 */
import type { Mention, Place } from '../doc/types.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';

/** An approximate place is never surer than this share of its city's confidence: the spot may lie elsewhere. */
const CONFIDENCE_SHARE = 0.8;
/** A city read with less confidence than this is no frame for the article's streets. */
const MIN_CITY_CONFIDENCE = 0.5;
/** Populated places and their sections (GeoNames class P). */
const CITY = /^P\./;

let words: Set<string> | undefined;

function featureWords(): Set<string> {
  words ??= new Set(readTsv(dataFile('geo', 'local-feature-words.tsv')).map((r) => r['word']!));
  return words;
}

/** True when the mention's last word names a street, building or other spot. */
export function namesLocalFeature(mention: Mention): boolean {
  const parts = mention.text.trim().split(/\s+/);
  return parts.length >= 2 && featureWords().has(parts[parts.length - 1]!);
}

/** The city the article names most often (earliest on a tie), among places read confidently enough. */
export function focusCity(places: readonly Place[]): Place | undefined {
  const counts = new Map<string, { place: Place; n: number }>();
  for (const p of places) {
    if (!CITY.test(p.featureClass ?? '') || p.confidence < MIN_CITY_CONFIDENCE || p.approximate) continue;
    const key = `${p.lat},${p.lon}`;
    const seen = counts.get(key);
    if (seen) seen.n++;
    else counts.set(key, { place: p, n: 1 });
  }
  let best: { place: Place; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.place;
}

/** Approximate places for the spots among `mentions` (those overlapping a resolved place are left alone). */
export function approximatePlaces(mentions: readonly Mention[], places: readonly Place[]): Place[] {
  const city = focusCity(places);
  if (!city) return [];
  const taken = (m: Mention): boolean => places.some((p) => p.start < m.end && m.start < p.end);
  return mentions
    .filter((m) => namesLocalFeature(m) && !taken(m))
    .map((m) => {
      const place: Place = {
        start: m.start,
        end: m.end,
        text: m.text,
        name: city.name,
        lat: city.lat,
        lon: city.lon,
        confidence: Math.round(city.confidence * CONFIDENCE_SHARE * 100) / 100,
        source: city.source,
        sentence: m.sentence,
        rule: 'geo:approximate:focus-city',
        approximate: true,
      };
      if (m.entity) place.entity = m.entity;
      for (const k of ['country', 'admin1', 'geonameId', 'featureClass', 'timeZone'] as const)
        if (city[k] !== undefined) Object.assign(place, { [k]: city[k] });
      return place;
    });
}
