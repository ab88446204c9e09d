import type { Doc, Span } from '../doc/types.js';

/** A timex after one of these words is a reference point, not when the event happens ("since 2018"). */
const REFERENCE_WORDS = /\b(since|until|till|before|after)\s+(?:an?\s+|the\s+)?$/i;
/** Farthest (characters) a time or place may stand from the cue: beyond it, it is about something else. */
const MAX_DISTANCE = 60;
/** Punctuation between clauses: a time or place beyond it belongs to another clause. */
const CLAUSE_BREAK = /[;–—]/;
/** Timex types that say when something happens (durations and sets do not). */
const POINT_TYPES = new Set(['DATE', 'TIME']);
/** A place is where the event happens only when a locative preposition introduces it ("in (eastern) Ukraine"). */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|inside|across|around|off)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/i;

/** Per sentence: indices into doc.timexes and doc.places, built once per doc. */
export interface Attachables {
  timexes: number[][];
  places: number[][];
}

export function indexAttachables(doc: Doc): Attachables {
  const timexes: number[][] = doc.sentences.map(() => []);
  const places: number[][] = doc.sentences.map(() => []);
  doc.timexes.forEach((t, i) => timexes[t.sentence]?.push(i));
  doc.places.forEach((p, i) => places[p.sentence]?.push(i));
  return { timexes, places };
}

/**
 * The event's time: the nearest DATE/TIME timex in its sentence with a calendar value (not `PAST_REF`) that
 * is not a reference point ("since 2018").
 */
export function timeFor(doc: Doc, candidates: readonly number[], cue: Span): number | undefined {
  const usable = candidates.filter((i) => {
    const t = doc.timexes[i]!;
    if (!POINT_TYPES.has(t.type) || !/\d/.test(t.value)) return false;
    return (
      !REFERENCE_WORDS.test(doc.text.slice(Math.max(0, t.start - 12), t.start)) && sameClause(doc, t, cue)
    );
  });
  return nearest(usable, (i) => doc.timexes[i]!, cue);
}

/** The event's place: the place in its sentence nearest the cue that a locative preposition introduces. */
export function placeFor(doc: Doc, candidates: readonly number[], cue: Span): number | undefined {
  const locative = candidates.filter((i) => {
    const p = doc.places[i]!;
    return (
      LOCATIVE_BEFORE.test(doc.text.slice(Math.max(0, p.start - 30), p.start)) && sameClause(doc, p, cue)
    );
  });
  return nearest(locative, (i) => doc.places[i]!, cue);
}

function sameClause(doc: Doc, a: Span, b: Span): boolean {
  const between = a.start >= b.end ? doc.text.slice(b.end, a.start) : doc.text.slice(a.end, b.start);
  return !CLAUSE_BREAK.test(between);
}

function nearest(candidates: readonly number[], span: (i: number) => Span, cue: Span): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const i of candidates) {
    const s = span(i);
    const distance = s.start >= cue.end ? s.start - cue.end : Math.max(0, cue.start - s.end);
    if (distance <= MAX_DISTANCE && distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}
