/**
 * Scores one article of a geoparsing corpus against the engine's Doc: recognition counts, and resolution
 * errors on the gold toponyms (see bench/geo.ts for the protocol).
 */
import type { Context } from '../../src/context.js';
import { sentenceIndexAt } from '../../src/doc/query.js';
import type { Doc, Entity, Mention } from '../../src/doc/types.js';
import { resolvePlaces } from '../../src/geo/index.js';
import type { GeoArticle, GoldToponym } from './geo-corpora.js';
import { haversineKm, MAX_ERROR_KM } from './geo-metrics.js';
import { fromRawSpan, toRawSpan } from './raw-spans.js';
import { alignSpans, type Span } from './spans.js';

export interface ArticleScore {
  gold: number;
  predicted: number;
  exactMatches: number;
  overlapMatches: number;
  /** One per gold toponym with coordinates. */
  errorsKm: number[];
  /** Gold toponyms resolved by running the geo stage on their span (we had no place with that span). */
  viaGoldSpan: number;
  /** Gold toponyms with coordinates that we could not resolve at all (scored as the largest error). */
  unresolved: number;
  /** What went wrong, for reading: gold toponyms we missed or resolved 161 km or more away, spurious places. */
  errors: string[];
}

export interface LatLon {
  lat: number;
  lon: number;
  /** Our gazetteer name for it, when it is ours. */
  name?: string;
}

const key = (s: Span): string => `${s.start}:${s.end}`;

/** The error of each located gold toponym; one we have no coordinates for costs `MAX_ERROR_KM`. */
export function resolutionErrors(
  gold: readonly GoldToponym[],
  coordinatesOf: (g: GoldToponym) => LatLon | undefined,
): number[] {
  return gold.flatMap((g) => {
    if (g.lat === undefined || g.lon === undefined) return [];
    const ours = coordinatesOf(g);
    return [ours ? haversineKm(g.lat, g.lon, ours.lat, ours.lon) : MAX_ERROR_KM];
  });
}

export function scoreArticle(article: GeoArticle, doc: Doc, ctx: Context): ArticleScore {
  const gold = article.toponyms;
  const placeSpans = doc.places.map((p) => toRawSpan(doc.toRaw, p));
  const ownPlaces = new Map<string, LatLon>();
  doc.places.forEach((p, i) => ownPlaces.set(key(placeSpans[i]!), { lat: p.lat, lon: p.lon, name: p.name }));

  const located = gold.filter((g) => g.lat !== undefined && g.lon !== undefined);
  const lacking = located.filter((g) => !ownPlaces.has(key(g)));
  const viaGoldSpan = resolveGoldSpans(doc, lacking, ctx);
  const coordinatesOf = (g: GoldToponym): LatLon | undefined =>
    ownPlaces.get(key(g)) ?? viaGoldSpan.get(key(g));
  const exact = alignSpans(gold, placeSpans, true);
  return {
    gold: gold.length,
    predicted: doc.places.length,
    exactMatches: exact.length,
    overlapMatches: alignSpans(gold, placeSpans).length,
    errorsKm: resolutionErrors(located, coordinatesOf),
    viaGoldSpan: lacking.filter((g) => viaGoldSpan.has(key(g))).length,
    unresolved: located.filter((g) => !coordinatesOf(g)).length,
    errors: errorLines(article, placeSpans, exact, coordinatesOf),
  };
}

/**
 * Runs the geo stage again over the Doc with one GPE mention (and entity) added at each gold span, and
 * returns the coordinates it gave those mentions, by raw span.
 */
function resolveGoldSpans(doc: Doc, gold: readonly GoldToponym[], ctx: Context): Map<string, LatLon> {
  const found = new Map<string, LatLon>();
  if (gold.length === 0) return found;
  const added = new Map<string, string>(); // entity id → raw span key
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  gold.forEach((g, i) => {
    const span = fromRawSpan(doc.toRaw, g);
    if (!span) return; // the cleaner removed it
    const id = `bench-gold-${i}`;
    const text = doc.text.slice(span.start, span.end);
    const sentence = sentenceIndexAt(doc, span.start);
    mentions.push({ ...span, text, label: 'GPE', entity: id, sentence, rule: 'bench:gold-span' });
    entities.push({ id, name: text, type: 'GPE', aliases: [] });
    added.set(id, key(g));
  });
  if (mentions.length === 0) return found;
  const withGold: Doc = {
    ...doc,
    mentions: [...doc.mentions, ...mentions].sort((a, b) => a.start - b.start || a.end - b.end),
    entities: [...doc.entities, ...entities],
    places: [],
  };
  for (const place of resolvePlaces(withGold, ctx).places) {
    const goldKey = place.entity === undefined ? undefined : added.get(place.entity);
    if (goldKey !== undefined) found.set(goldKey, { lat: place.lat, lon: place.lon, name: place.name });
  }
  return found;
}

function errorLines(
  article: GeoArticle,
  placeSpans: readonly Span[],
  exact: readonly [number, number][],
  coordinatesOf: (g: GoldToponym) => LatLon | undefined,
): string[] {
  const lines: string[] = [];
  const at = (s: Span): string => JSON.stringify(article.text.slice(s.start, s.end));
  const recognised = new Set(exact.map(([g]) => g));
  const matchedPlaces = new Set(exact.map(([, p]) => p));
  article.toponyms.forEach((g, i) => {
    const ours = coordinatesOf(g);
    const where = g.lat === undefined ? '' : ` (${g.lat}, ${g.lon})`;
    const km =
      ours && g.lat !== undefined && g.lon !== undefined ? haversineKm(g.lat, g.lon, ours.lat, ours.lon) : 0;
    if (!recognised.has(i)) lines.push(`  missed     ${at(g)}${where}`);
    if (g.lat !== undefined && !ours) lines.push(`  unresolved ${at(g)}${where}`);
    else if (ours && km >= 161)
      lines.push(
        `  far        ${at(g)}${where} → ${ours.name ?? '?'} (${ours.lat}, ${ours.lon}) ${Math.round(km)} km`,
      );
  });
  placeSpans.forEach((p, i) => {
    if (!matchedPlaces.has(i)) lines.push(`  spurious   ${at(p)}`);
  });
  return lines;
}
