import { sStem } from './text/stem.js';
import type { EventFacts } from './event-facts.js';
import type { TextSpan } from '../doc/types.js';

/** Two reports of one event disagreeing on one fact: each side's span and value. */
export interface Disagreement {
  rule: string;
  fact: 'date' | 'place' | 'number';
  ours: TextSpan;
  theirs: TextSpan;
  ourValue: string;
  theirValue: string;
}

/**
 * When two reports of the same event contradict each other. Each rule is one row: the fact it compares and
 * the test. Only precise values are compared: two day-level dates, two places in different countries or
 * two towns far apart (a town and its region or country do not disagree), the same counted noun.
 */
export const DISAGREEMENT_RULES: readonly {
  rule: string;
  fact: Disagreement['fact'];
  compare: (a: EventFacts, b: EventFacts) => Omit<Disagreement, 'rule' | 'fact'>[];
}[] = [
  { rule: 'corpus:contradiction-date', fact: 'date', compare: differentDays },
  { rule: 'corpus:contradiction-place', fact: 'place', compare: differentPlaces },
  { rule: 'corpus:contradiction-number', fact: 'number', compare: differentCounts },
];

/** Towns (GeoNames feature class P) further apart than this are different places for one event. */
export const FAR_APART_KM = 100;

export function disagreements(ours: EventFacts, theirs: EventFacts): Disagreement[] {
  return DISAGREEMENT_RULES.flatMap(({ rule, fact, compare }) =>
    compare(ours, theirs).map((d) => ({ rule, fact, ...d })),
  );
}

const DAY = /^(\d{4}-\d{2}-\d{2})/;

function differentDays(a: EventFacts, b: EventFacts) {
  const da = a.time && DAY.exec(a.time.value)?.[1];
  const db = b.time && DAY.exec(b.time.value)?.[1];
  if (!a.time || !b.time || !da || !db || da === db) return [];
  return [{ ours: span(a.time), theirs: span(b.time), ourValue: da, theirValue: db }];
}

function differentPlaces(a: EventFacts, b: EventFacts) {
  const pa = a.place;
  const pb = b.place;
  if (!pa || !pb || pa.name === pb.name) return [];
  const countries = pa.country !== undefined && pb.country !== undefined && pa.country !== pb.country;
  const towns = pa.featureClass?.startsWith('P') && pb.featureClass?.startsWith('P');
  const far = towns && kilometres(pa, pb) > FAR_APART_KM;
  if (!countries && !far) return [];
  const label = (p: typeof pa): string => (p.country ? `${p.name}, ${p.country}` : p.name);
  return [{ ours: span(pa), theirs: span(pb), ourValue: label(pa), theirValue: label(pb) }];
}

function differentCounts(a: EventFacts, b: EventFacts) {
  const found = [];
  for (const na of a.numbers) {
    const nb = b.numbers.find((n) => sStem(n.noun) === sStem(na.noun) && n.value !== na.value);
    if (nb)
      found.push({
        ours: span(na),
        theirs: span(nb),
        ourValue: `${na.value} ${na.noun}`,
        theirValue: `${nb.value} ${nb.noun}`,
      });
  }
  return found;
}

const span = (s: TextSpan): TextSpan => ({ start: s.start, end: s.end, text: s.text });

/** Great-circle distance (haversine, mean Earth radius). */
function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
