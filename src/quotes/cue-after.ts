import {
  CLAUSE_OPENERS,
  COORDINATORS,
  MAX_APPOSITIVE_WORDS,
  MAX_SUBJECT_WORDS,
  MAX_TITLE_GAP,
  NON_CLAUSE_STARTERS,
} from './lexicon.js';
import { qualifiedSpeaker } from './qualifier.js';
import { isFiller } from './subject.js';
import type { CueMatch, SentenceView, SpeakerCandidate, SpeakerChoice, Word } from './types.js';

/** What the attribution after a closing mark names: its cue and, when found, its speaker. */
export interface AfterAttribution {
  cue: CueMatch;
  /** The sentence holding the cue (the next one when the splitter cut inside the attribution). */
  cueView: SentenceView;
  choice?: SpeakerChoice;
}

const TITLE_GAP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
/** Words that end a speaker phrase: a new clause or sentence starts. */
const PHRASE_BREAK = new Set(['.', '!', '?', ';', ':', '“', '"', '‘']);

/** Dashes that set off a quotation's source on its own ("“…” ― Carla Sanchez"). */
const DASHES = new Set(['―', '—', '–', '--']);

/**
 * A verb ends a speaker phrase ("“…,” the crowd chanted as officials said") unless it sits inside a
 * compound title between two nouns ("White House press secretary", tagged VERB by some taggers).
 */
function isVerbBreak(words: readonly Word[], k: number): boolean {
  if (words[k]!.pos !== 'VERB') return false;
  const prev = words[k - 1];
  const next = words[k + 1];
  const noun = (w: Word | undefined): boolean => !!w && (w.pos === 'NOUN' || w.pos === 'PROPN');
  return !(noun(prev) && noun(next) && /^\p{Ll}/u.test(words[k]!.text));
}

/** A subordinator or dash starts a new clause ("‘severe consequences’ if the war continues"). */
function opensClause(w: Word): boolean {
  return DASHES.has(w.text) || (CLAUSE_OPENERS.has(w.lower) && !COORDINATORS.has(w.lower));
}

function titleWord(w: Word): boolean {
  return w.pos ? TITLE_GAP_POS.has(w.pos) : /^\p{L}/u.test(w.text) && !NON_CLAUSE_STARTERS.has(w.lower);
}

const choose = (candidate: SpeakerCandidate): SpeakerChoice => ({
  candidate,
  ambiguous: false,
  start: candidate.start,
});

/** Last word of a phrase `[from, to]` without a trailing parenthesis ("Rep. Gwen Moore (D-Wis.)"). */
function withoutParenthesis(words: readonly Word[], from: number, to: number): number {
  if (words[to]?.text !== ')') return to;
  let k = to;
  while (k > from && words[k]!.text !== '(') k--;
  return k > from ? k - 1 : to;
}

/**
 * A phrase no mention covers ("Fallon", "the judge", "Tulsa police Chief Chuck Jordan" when NER missed the
 * name): kept as a span with no entity, if it is short and reads like a noun phrase.
 */
function phraseCandidate(view: SentenceView, from: number, to: number): SpeakerCandidate | undefined {
  const { words } = view;
  const last = withoutParenthesis(words, from, to);
  if (last < from || last - from >= MAX_SUBJECT_WORDS) return undefined;
  for (let k = from; k <= last; k++) if (!titleWord(words[k]!) || words[k]!.quoted) return undefined;
  return { kind: 'other', first: from, last, start: words[from]!.start, end: words[last]!.end };
}

/**
 * "said Trump", "said former Secretary of State John Kerry": the speaker after a cue, over a few title
 * words; a short noun phrase when no mention starts there.
 */
function speakerAfterCue(view: SentenceView, cue: CueMatch): SpeakerChoice | undefined {
  const { words } = view;
  let k = cue.last + 1;
  for (; k <= cue.last + 1 + MAX_TITLE_GAP && k < words.length; k++) {
    const speaker = view.candidates.find((c) => c.first === k);
    // "said campaign spokesman Jason Miller": a role noun right before a name is the name's title
    const named = speaker && view.candidates.find((c) => c.first === speaker.last + 1 && c.kind === 'entity');
    if (speaker) return choose(speaker.kind === 'group' && named ? named : speaker);
    if (!titleWord(words[k]!)) break;
  }
  let to = cue.last;
  while (to + 1 < words.length && titleWord(words[to + 1]!) && to - cue.last < MAX_SUBJECT_WORDS) to++;
  const phrase = to > cue.last ? phraseCandidate(view, cue.last + 1, to) : undefined;
  return phrase && /^\p{Lu}/u.test(words[phrase.last]!.text) ? choose(phrase) : undefined;
}

/** "Cummings and Conyers wrote": the head speaker with the one joined to it by and/or, kept together. */
function coordinated(
  view: SentenceView,
  inside: readonly SpeakerCandidate[],
  speaker: SpeakerCandidate,
): SpeakerChoice | undefined {
  const conj = view.words[speaker.first - 1];
  if (!conj || !COORDINATORS.has(conj.lower)) return undefined;
  const other = inside.find((c) => c.last === speaker.first - 2 && c.kind !== 'other');
  return other ? { candidate: speaker, ambiguous: true, start: other.start, with: [other] } : undefined;
}

/**
 * The speaker in a phrase `[from, to]` before its cue ("Mayor Jane Porter", "Murphy, the head of Right to
 * Rise USA,", "White House press secretary Josh Earnest"): an appositive's first name; else the mention
 * that ends the phrase (its head), else the last one in it; else the phrase itself.
 */
function speakerInPhrase(view: SentenceView, from: number, to: number): SpeakerChoice | undefined {
  const { words } = view;
  const inside = view.candidates.filter((c) => c.first >= from && c.last <= to);
  const opening = inside.find(
    (c) => c.first === from || (c.first === from + 1 && words[from]!.lower === 'the'),
  );
  if (opening && words[opening.last + 1]?.text === ',') {
    // "the White House spokesman, Josh Earnest, said": the name in apposition to a description is the speaker
    const named = view.candidates.find((c) => c.first === opening.last + 2 && c.kind === 'entity');
    return choose(opening.kind === 'group' && named && named.last <= to ? named : opening);
  }
  const head = withoutParenthesis(words, from, to);
  const speaker = inside.find((c) => c.last === head) ?? inside.filter((c) => c.last <= head).at(-1);
  if (speaker) {
    const qualified = qualifiedSpeaker(view, speaker);
    if (qualified && qualified.first >= from) return choose(qualified);
    return coordinated(view, inside, speaker) ?? choose(speaker);
  }
  const phrase = phraseCandidate(view, from, to);
  return phrase ? choose(phrase) : undefined;
}

/**
 * The full stop of a title abbreviation before a name ("the Rev. Al Sharpton", "Gov. Chris Christie"),
 * which the tokenizer keeps apart from its word: a short capitalised word right before it, a capital after.
 */
function abbreviationStop(words: readonly Word[], k: number): boolean {
  const before = words[k - 1];
  const after = words[k + 1];
  return (
    words[k]!.text === '.' &&
    before !== undefined &&
    before.end === words[k]!.start &&
    /^\p{Lu}\p{Ll}{0,3}$/u.test(before.text) &&
    after !== undefined &&
    /^\p{Lu}/u.test(after.text)
  );
}

/**
 * The attribution right after a closing mark, starting at word `j` of the view: "said Trump" (cue first)
 * or "Trump said", "Mayor Jane Porter said on Tuesday", "she continued" (speaker phrase first, at most
 * MAX_SUBJECT_WORDS words with no verb or sentence break before the cue).
 */
export function attributionAfter(view: SentenceView, j: number): AfterAttribution | undefined {
  const { words } = view;
  const cueFirst = view.cues.find((c) => c.first === j);
  if (cueFirst) {
    if (cueFirst.entry.sourceAfter) return undefined;
    const choice = speakerAfterCue(view, cueFirst);
    return { cue: cueFirst, cueView: view, ...(choice ? { choice } : {}) };
  }
  if (DASHES.has(words[j]?.text ?? '')) return undefined;
  // "Scott Pruitt, the Republican attorney general of Oklahoma, said": an appositive may be long and hold
  // verbs ("a lawyer who has been involved in …"), but the cue must follow its closing comma.
  const opening = view.candidates.find(
    (c) => c.first === j || (c.first === j + 1 && words[j]!.lower === 'the'),
  );
  const appositive = words[(opening?.last ?? j) + 1]?.text === ',';
  const limit = appositive ? MAX_APPOSITIVE_WORDS : MAX_SUBJECT_WORDS + 2;
  let depth = 0;
  // "Blunt, after a long pause, said", "Bond, 30, who was among those polled, said": an appositive may hold
  // an aside that opens a clause, when a comma closes it right before the cue
  let aside = false;
  for (let k = j; k < words.length && k - j <= limit; k++) {
    const w = words[k]!;
    const phraseBreak = PHRASE_BREAK.has(w.text) && !abbreviationStop(words, k);
    if (w.quoted || (depth === 0 && phraseBreak)) return undefined;
    if (depth === 0 && opensClause(w)) {
      if (!appositive || DASHES.has(w.text) || words[k - 1]?.text !== ',') return undefined;
      aside = true;
    }
    if (w.text === '(') depth++;
    if (w.text === ')') depth--;
    const cue = depth === 0 ? view.cues.find((c) => c.first === k && !c.entry.sourceAfter) : undefined;
    if (cue && k > j) {
      let to = k - 1;
      while (to > j && isFiller(words[to]!)) to--;
      const closed = words[to]!.text === ',';
      if (appositive && !closed && (aside || k - j > MAX_SUBJECT_WORDS + 2)) return undefined;
      while (to > j && words[to]!.text === ',') to--;
      const choice = speakerInPhrase(view, j, to);
      return choice ? { cue, cueView: view, choice } : undefined;
    }
    const named = view.candidates.some((c) => c.first <= k && k <= c.last);
    if (depth === 0 && !appositive && !named && isVerbBreak(words, k)) return undefined;
  }
  return undefined;
}

/**
 * "“Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan": a source set off by a dash right
 * after the closing mark, running to the end of its sentence, with no cue.
 */
export function sourceAfterDash(view: SentenceView, j: number): SpeakerChoice | undefined {
  const { words } = view;
  if (!DASHES.has(words[j]?.text ?? '')) return undefined;
  let to = words.length - 1;
  while (to > j && /^[.!?]$/u.test(words[to]!.text)) to--;
  if (to <= j || to - j > MAX_SUBJECT_WORDS) return undefined;
  return speakerInPhrase(view, j + 1, to);
}

/**
 * "“…,” Rep. Gwen Moore (D-Wis.) | said Friday.": the sentence splitter cut after an abbreviation, so the
 * speaker phrase ends `view` and the next sentence opens with the cue.
 */
export function attributionAcrossSplit(
  view: SentenceView,
  j: number,
  next: SentenceView | undefined,
): AfterAttribution | undefined {
  const cue = next?.cues.find((c) => c.first === 0 && !c.entry.sourceAfter);
  if (!cue || j >= view.words.length) return undefined;
  let to = view.words.length - 1;
  if (view.words[to]!.text === '.') to--;
  if (to < j || to - j > MAX_SUBJECT_WORDS + 4) return undefined;
  for (let k = j; k <= to; k++) if (view.words[k]!.quoted) return undefined;
  const choice = speakerInPhrase(view, j, to);
  return choice && next && { cue, cueView: next, choice };
}
