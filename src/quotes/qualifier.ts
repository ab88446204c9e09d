import { COMPLEMENT_PREPOSITIONS } from './lexicon.js';
import type { SentenceView, SpeakerCandidate } from './types.js';

/** A candidate that can be the one who speaks: a name that speaks or a group noun phrase. */
const speaks = (c: SpeakerCandidate): boolean => c.kind === 'group' || c.kind === 'entity';

/**
 * "Mr Grieve, MP for Beaconsfield, Buckinghamshire, said": a place after a comma that follows another
 * place is that place's county or country, part of an apposition, not the subject of the cue.
 */
export function placeQualifier(view: SentenceView, c: SpeakerCandidate): boolean {
  if (c.kind !== 'other' || view.words[c.first - 1]?.text !== ',') return false;
  return view.candidates.some((o) => o.kind === 'other' && o.last === c.first - 2);
}

const APPOSITIVE_DETERMINERS = new Set(['a', 'an']);

/**
 * "But Mr. Guerrero, a Republican who described himself as …, said": an indefinite noun phrase right after a
 * person's name and a comma is an apposition to the name; the name is the subject of the cue.
 */
export function appositionToName(view: SentenceView, c: SpeakerCandidate): SpeakerCandidate | undefined {
  if (c.kind === 'entity') return undefined;
  let p = c.first - 1;
  if (!APPOSITIVE_DETERMINERS.has(view.words[p]?.lower ?? '')) {
    if (!APPOSITIVE_DETERMINERS.has(view.words[c.first]?.lower ?? '')) return undefined;
    p = c.first;
  }
  if (view.words[p - 1]?.text !== ',') return undefined;
  return view.candidates.find((o) => o.person === true && o.last === p - 2);
}

/**
 * "President Musharraf of Pakistan has said", "Rhian Beynon of the JCWI said", "a spokesman for the Home
 * Office said": a place or organisation after of/for/from/at/in only qualifies the speaker named or
 * described right before the preposition, who is the speaker. A person after it is left alone ("a
 * spokeswoman for Hillary Clinton" is handled by the caller's own rules).
 */
export function qualifiedSpeaker(
  view: SentenceView,
  speaker: SpeakerCandidate,
): SpeakerCandidate | undefined {
  if (speaker.person || !(speaker.kind === 'other' || speaker.kind === 'entity')) return undefined;
  let p = speaker.first - 1;
  if (view.words[p]?.lower === 'the') p--;
  if (!COMPLEMENT_PREPOSITIONS.has(view.words[p]?.lower ?? '')) return undefined;
  const head = view.candidates.find((c) => c.last === p - 1 && speaks(c));
  return head && (head.person || head.kind === 'group') ? head : undefined;
}
