/**
 * The geo stage: resolves GPE/LOC/FAC mentions to gazetteer places.
 *
 * Finders, then refiners: `findToponyms` reads each mention as gazetteer keys and groups mentions read alike
 * (one sense per article); each group's candidates are ranked by prior importance alone, those winners
 * become clues for the other groups (with NORP demonyms and people's nationalities), and every group is
 * ranked again in context.
 */
import type { Context } from '../context.js';
import type { Doc, Place } from '../doc/types.js';
import { collectClues } from './clues.js';
import { calibrate, calibrationOf } from './calibration.js';
import { countryCueClues } from './country-cues.js';
import { containedPairs } from './containment.js';
import { topReadings } from './coherence.js';
import { loadGazetteer } from './gazetteer.js';
import { placeOf } from './place.js';
import { confidenceOf, rank } from './rank.js';
import { fixedSupport, scoreInContext } from './score.js';
import { settle, splitCityOrDivision } from './city-or-division.js';
import { preferExactCountry } from './exact-spelling.js';
import { splitDatelines } from './dateline.js';
import { watersOverTowns } from './waters.js';
import { findToponyms, TOPONYM_LABELS, type Candidate, type ToponymGroup } from './toponyms.js';
import { approximatePlaces, namesLocalFeature } from './approximate.js';

/** Labels a street or building name may carry from the nlp stage. */
const SPOT_LABELS: ReadonlySet<string> = new Set([...TOPONYM_LABELS, 'ORG', 'PERSON']);

/** Rounds of scoring in context, each reading the last round's winners as its clues (a fourth changes little). */
const CONTEXT_ROUNDS = 3;
import type { Gazetteer } from './types.js';

export { demonymCountry } from './demonyms.js';
export { buildGazetteer, loadGazetteer } from './gazetteer.js';
export { foldName } from './normalise.js';
export type { Gazetteer, GazetteerEntry } from './types.js';

/** The shared gazetteer (the nlp stage reads the same cache key for its `has` feature). */
export function gazetteerOf(ctx: Context): Gazetteer {
  return ctx.cache.get('geo.gazetteer', loadGazetteer);
}

export function resolvePlaces(doc: Doc, ctx: Context): Doc {
  const gazetteer = gazetteerOf(ctx);
  const found = findToponyms(doc, gazetteer);
  const named = splitDatelines(doc, splitCityOrDivision(doc, preferExactCountry(found.groups)));
  const diagnostics = found.diagnostics;

  const contained = containedPairs(doc, named);
  const groups = watersOverTowns(named, contained);
  const readings = topReadings(groups);
  const fixed = fixedSupport(groups, readings, contained);
  let current = new Map<ToponymGroup, { winner?: Candidate; confidence: number }>();
  for (const g of groups) {
    settle(g);
    const ranked = rank(g.candidates);
    const winner = ranked[0];
    if (winner) g.priorWinner = winner;
    current.set(g, { winner, confidence: confidenceOf(ranked, g.fallback) });
  }
  // The prior winners are the first clues; the readings they give are the clues of the next round, so that
  // "Boone County" read as Indiana's (next to "Marion" and "Hamilton") vouches for the state Indiana rather
  // than the famous Boone County elsewhere.
  const cues = countryCueClues(doc); // the same words every round
  for (let round = 0; round < CONTEXT_ROUNDS; round++) {
    const clues = collectClues(doc, groups, (g) => current.get(g) ?? { confidence: 0 }, cues);
    const next = new Map<ToponymGroup, { winner?: Candidate; confidence: number }>();
    let changed = false;
    for (const g of groups) {
      scoreInContext(g, clues, fixed);
      settle(g);
      const ranked = rank(g.candidates);
      const reading = { winner: ranked[0], confidence: confidenceOf(ranked, g.fallback) };
      const last = current.get(g);
      if (last?.winner !== reading.winner || last?.confidence !== reading.confidence) changed = true;
      next.set(g, reading);
    }
    current = next;
    if (!changed) break; // the same clues again would give the same scores
  }

  // Context rounds weigh clues by raw confidence; only what the Doc reports is calibrated.
  const calibration = calibrationOf(ctx);
  const places: Place[] = [];
  for (const g of groups) {
    // "Laurel County" when we only know towns called Laurel: a namesake town is a guess worth making only
    // where the article places it (same state as, or near, its other places).
    const ranked = rank(g.fallback ? g.candidates.filter((c) => c.support > 0) : g.candidates);
    const winner = ranked[0];
    if (!winner) {
      const m = g.mentions[0]!;
      const message = `no ${g.key}-named area in the gazetteer and no placed namesake for "${m.text}"`;
      diagnostics.push({ stage: 'geo', message, span: { start: m.start, end: m.end } });
      continue;
    }
    const confidence = calibrate(confidenceOf(ranked, g.fallback), calibration);
    for (const m of g.mentions) places.push(placeOf(m, g, winner, confidence, gazetteer, ctx));
  }
  // Streets, squares and buildings the gazetteer lacks: at the article's city, flagged approximate. The nlp
  // stage labels them any way ("Baker Street" as PERSON, "Paris Street" as ORG). Names the gazetteer knows
  // are left to it ("Wall Street", "Downing Street": curated, also when they stand for their institution).
  const spots = doc.mentions.filter(
    (m) =>
      SPOT_LABELS.has(m.label) && m.rule.startsWith('ner:') && namesLocalFeature(m) && !gazetteer.has(m.text),
  );
  places.push(...approximatePlaces(spots, places));
  places.sort((a, b) => a.start - b.start);
  return { ...doc, places, diagnostics: [...doc.diagnostics, ...diagnostics] };
}
