import { distanceKm } from './distance.js';
import type { Candidate } from './toponyms.js';

/** Candidates closer than this to the winner are the same place for confidence (Gaza city vs the Strip). */
const SAME_PLACE_KM = 100;
/** A lead of this much score over the nearest rival elsewhere counts as a clear win. */
const CLEAR_LEAD = 0.8;
const MAX_CONFIDENCE = 0.95;

/** Best first; ties keep gazetteer order (countries, states, curated, cities). */
export function rank(candidates: Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => b.score - a.score);
}

/**
 * How sure the choice is: the lead over the best rival that is somewhere else, scaled by how notable the
 * winner is (a lone small town matching a name is a weaker guess than a country), halved when the wording
 * asked for a kind of place we lack, and capped by the entry's own cap for vague features.
 */
export function confidenceOf(ranked: readonly Candidate[], fallback: boolean): number {
  const top = ranked[0];
  if (!top) return 0;
  const rival = ranked.find(
    (c) => c !== top && distanceKm(c.entry.lat, c.entry.lon, top.entry.lat, top.entry.lon) > SAME_PLACE_KM,
  );
  const lead = rival ? Math.min(1, Math.max(0, top.score - rival.score) / CLEAR_LEAD) : 1;
  const notability = 0.7 + 0.3 * Math.min(1, top.prior);
  let confidence = (0.35 + 0.6 * lead) * notability;
  if (fallback) confidence *= 0.5;
  confidence = Math.min(confidence, top.entry.maxConfidence ?? MAX_CONFIDENCE, MAX_CONFIDENCE);
  return Math.round(confidence * 100) / 100;
}
