import {
  BE_FORMS,
  CLAUSE_OPENERS,
  CLAUSE_PUNCT,
  COORDINATORS,
  FILLER_POS,
  NON_CLAUSE_STARTERS,
  SUBJECT_PRONOUNS,
  VERB_FILLERS,
} from './lexicon.js';
import { appositionToName, placeQualifier } from './qualifier.js';
import { ownClauseEndsBetween, SUBORDINATORS } from '../util/clauses.js';
import type { CueMatch, SentenceView, SpeakerCandidate, SpeakerChoice, Word } from './types.js';

const DETERMINERS = new Set(['the', 'a', 'an']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const VERB_POS = new Set(['VERB', 'AUX']);

const TITLE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * A word of the title before a name: a capitalised noun or adjective ("Russian President"), or a common
 * noun ("Trump campaign spokesman Jason Miller", "Tulsa police Chief Chuck Jordan").
 */
function isTitleWord(w: Word): boolean {
  if (w.quoted) return false;
  if (w.pos === 'NOUN') return /^\p{L}/u.test(w.text);
  return (!w.pos || TITLE_POS.has(w.pos)) && /^\p{Lu}\p{Ll}/u.test(w.text);
}

/** A personal pronoun, resolved by coreference or not ("He", "She", "It"). */
function isPronoun(w: Word): boolean {
  return w.pos ? w.pos === 'PRON' : SUBJECT_PRONOUNS.has(w.lower);
}

/** A filler between a subject and its verb: an auxiliary or adverb ("has since", "also", "openly"). */
export function isFiller(w: Word): boolean {
  return w.pos ? FILLER_POS.has(w.pos) && !CLAUSE_PUNCT.has(w.text) : VERB_FILLERS.has(w.lower);
}

function startsCue(view: SentenceView, i: number): boolean {
  return view.cues.some((c) => c.first === i);
}

function endsCue(view: SentenceView, i: number): boolean {
  return view.cues.some((c) => c.last === i && c.entry.clause);
}

/** A verb, or a filler or cue, may follow a subject. */
function verbFollows(view: SentenceView, i: number): boolean {
  const w = view.words[i];
  if (!w) return false;
  if (startsCue(view, i) || isFiller(w)) return true;
  return w.pos ? VERB_POS.has(w.pos) : !NON_CLAUSE_STARTERS.has(w.lower) && !CLAUSE_PUNCT.has(w.text);
}

/** Most words of a time expression between a subject and its verb ("Clinton on Tuesday said"). */
const MAX_TIME_WORDS = 4;

/** A verb follows word `i`, or follows a time expression that starts at `i` ("on Tuesday said"). */
function verbFollowsTime(view: SentenceView, i: number, timexEnds: ReadonlySet<number>): boolean {
  if (verbFollows(view, i)) return true;
  const first = view.words[i];
  if (!first || first.quoted || CLAUSE_PUNCT.has(first.text)) return false;
  for (let j = i; j < Math.min(i + MAX_TIME_WORDS, view.words.length); j++)
    if (timexEnds.has(view.words[j]!.end)) return verbFollows(view, j + 1);
  return false;
}

/**
 * Whether a candidate stands where a subject stands: after a clause boundary (sentence start, a comma or
 * colon, a subordinator, a closing quote, a cue verb taking a clause, the end of a time expression) and
 * before its verb. After "and"/"but" a verb must follow, so "… with European leaders and Zelensky, assuring"
 * does not make Zelensky a subject.
 */
export function isSubjectLike(
  view: SentenceView,
  c: SpeakerCandidate,
  timexEnds: ReadonlySet<number>,
): boolean {
  const { words } = view;
  let p = c.first - 1;
  // Titles the nlp stage leaves out of a name ("President Trump", "Russian President Vladimir Putin")
  // belong to the subject's noun phrase.
  while (p >= 0 && isTitleWord(words[p]!)) p--;
  if (p >= 0 && DETERMINERS.has(words[p]!.lower)) p--;
  const prev = words[p];
  const next = words[c.last + 1];
  // "He's telling allies …": after a pronoun "'s" is "is"/"has", never a possessive
  if (next && POSSESSIVE.has(next.lower) && !isPronoun(words[c.last]!)) return false;
  const verbNext = (): boolean => verbFollowsTime(view, c.last + 1, timexEnds);
  if (!prev || prev.quoted || CLAUSE_PUNCT.has(prev.text) || endsCue(view, p) || timexEnds.has(prev.end)) {
    return !next || next.text === ',' || next.lower === 'and' || next.lower === 'who' || verbNext();
  }
  if (COORDINATORS.has(prev.lower)) return verbNext();
  if (CLAUSE_OPENERS.has(prev.lower)) return verbNext() || next?.text === ',';
  return false;
}

/** Nothing but a clause boundary or "and"/"but" and title words stand before the candidate. */
function opensClause(view: SentenceView, c: SpeakerCandidate): boolean {
  let p = c.first - 1;
  while (p >= 0 && isTitleWord(view.words[p]!)) p--;
  if (p >= 0 && DETERMINERS.has(view.words[p]!.lower)) p--;
  const prev = view.words[p];
  if (!prev || prev.quoted || CLAUSE_PUNCT.has(prev.text)) return true;
  return COORDINATORS.has(prev.lower) || CLAUSE_OPENERS.has(prev.lower);
}

/** The cue is passive ("Russia is believed to …"): it names no speaker. */
export function isPassive(view: SentenceView, cue: CueMatch): boolean {
  let p = cue.first - 1;
  while (p >= 0 && isFiller(view.words[p]!) && !BE_FORMS.has(view.words[p]!.lower)) p--;
  return p >= 0 && BE_FORMS.has(view.words[p]!.lower);
}

/**
 * "… if he does not accept a ceasefire – but also agreed to see him": a candidate right after a subordinator
 * is the subject of that clause; when its own verb and the end of the clause (a comma, dash or "but") come
 * before the cue, the cue's subject is further back.
 */
function subjectOfOwnClause(view: SentenceView, c: SpeakerCandidate, cue: CueMatch): boolean {
  if (!SUBORDINATORS.has(view.words[c.first - 1]?.lower ?? '')) return false;
  return ownClauseEndsBetween(view.words.slice(c.last + 1, cue.first));
}

/** "Trump and Putin said": a subject coordinated with another speaker is no one speaker. */
function coordinatedWith(view: SentenceView, c: SpeakerCandidate): SpeakerCandidate | undefined {
  const conj = view.words[c.first - 1];
  if (!conj || !COORDINATORS.has(conj.lower)) return undefined;
  return view.candidates.find((o) => o.last === c.first - 2 && o.kind !== 'other');
}

/**
 * "Kennedy said Harry was privileged and said he should apologise": a cue right after "and"/"but" (an
 * adverb between allowed) with no subject of its own joins an earlier cue taking a clause, and shares its
 * subject; the name inside the first report is no speaker. "… and Blair said" has its own subject.
 */
function coordinatedCue(view: SentenceView, cue: CueMatch): CueMatch | undefined {
  let p = cue.first - 1;
  while (p >= 0 && isFiller(view.words[p]!)) p--;
  if (p < 0 || !COORDINATORS.has(view.words[p]!.lower)) return undefined;
  return view.cues.findLast((c) => c.last < p && c.entry.clause && !c.entry.sourceAfter);
}

/**
 * The subject of a cue verb: the nearest candidate before it that stands in subject position. For a
 * participle after a comma ("…, suggesting ‘some swapping’") that is the subject of the main clause, which
 * the same walk finds. The nearest subject decides: when it cannot speak, no one earlier is tried.
 */
export function subjectOf(
  view: SentenceView,
  cue: CueMatch,
  timexEnds: ReadonlySet<number>,
): SpeakerChoice | undefined {
  if (isPassive(view, cue)) return undefined;
  const earlier = coordinatedCue(view, cue);
  if (earlier) return subjectOf(view, earlier, timexEnds);
  for (let k = view.candidates.length - 1; k >= 0; k--) {
    const c = view.candidates[k]!;
    if (c.last >= cue.first || !isSubjectLike(view, c, timexEnds) || placeQualifier(view, c)) continue;
    const named = appositionToName(view, c);
    if (named) {
      // the appositive and its commas stand between the name and its verb: the name opens the clause
      if (opensClause(view, named)) return { candidate: named, ambiguous: false, start: named.start };
      continue;
    }
    if (subjectOfOwnClause(view, c, cue)) continue;
    const other = coordinatedWith(view, c);
    return other
      ? { candidate: c, ambiguous: true, start: other.start, with: [other] }
      : { candidate: c, ambiguous: false, start: c.start };
  }
  return undefined;
}
