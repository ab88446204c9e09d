import { textSpan } from '../doc/query.js';
import { isHeadline } from './headline.js';
import { clauseEnd } from './clause.js';
import type { FinderInput } from './direct.js';
import {
  BE_FORMS,
  CLAUSE_PUNCT,
  CONDITIONALS,
  HEARER_WORDS,
  NON_CLAUSE_STARTERS,
  QUESTION_WORDS,
  WRITERS_SUBORDINATORS,
} from './lexicon.js';

const VERB_POS = new Set(['VERB', 'AUX']);
/** Adverbs of time not ending in -ly that may stand between a cue and its clause ("said later that"). */
const TIME_ADVERBS = new Set(['earlier', 'later', 'again']);
/** Words that go on a noun phrase: a time before one of these modifies it. */
const NOUN_PHRASE_POS = new Set(['NOUN', 'ADJ', 'NUM', 'PART']);
import { attribution } from './speaker.js';
import { nounSubjectBefore } from './noun-subject.js';
import { nounPhraseOnly } from './apposition.js';
import { isFiller, subjectOf } from './subject.js';
import type { CueMatch, QuoteDraft, SentenceView, SpeakerChoice, Word } from './types.js';

const QUOTE_MARK = /^["“”‘’'„«»]/u;
/** At most this many words of a time expression between a cue and its "that" ("said late on Tuesday that"). */
const TIME_BEFORE_THAT_WORDS = 4;
/** At most this many words of a prepositional phrase between a cue and its "that". */
const PHRASE_BEFORE_THAT_WORDS = 10;

const HEARER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Words a hearer phrase may also hold: articles, possessives and prepositions ("members of the council"). */
const HEARER_LINK_POS = new Set(['DET', 'PART', 'ADP']);
const POSSESSIVE = /^['’]s?$/u;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** At most this many words in a hearer no table knows, with its place and time ("a crowded hall in Baltimore"). */
const MAX_HEARER_WORDS = 10;

/** The word at `j` opens the reported clause after a hearer. */
function opensAfterHearer(words: readonly Word[], j: number, cue: CueMatch): boolean {
  const next = words[j]?.lower ?? '';
  return (
    next === 'that' ||
    (next === 'to' && cue.entry.infinitive) ||
    (cue.entry.question && QUESTION_WORDS.has(next))
  );
}

/**
 * The word after a plain noun-phrase hearer ("asked the network to donate …", "told a crowded banquet hall
 * in Baltimore that …", "told members of the council that …"), when the reported clause starts right after
 * it; the opening mark when a comma after the hearer opens a quotation ("told his supporters, “…”": the
 * quotation is the speech); else `k` unchanged.
 */
function plainHearerEnd(words: readonly Word[], k: number, cue: CueMatch): number {
  for (let j = k; j < words.length && j - k <= MAX_HEARER_WORDS; j++) {
    const w = words[j]!;
    if (j > k && opensAfterHearer(words, j, cue)) return j;
    if (j > k && w.text === ',' && words[j + 1]?.quoted) return j + 1;
    // "told Megyn not to worry": a particle other than a possessive ends the hearer; "asked questions about
    // the claim that …": what the words are about is no hearer
    const particle = w.pos === 'PART' && !POSSESSIVE.test(w.text);
    const linking =
      (HEARER_LINK_POS.has(w.pos) && !particle && w.lower !== 'about') || POSSESSIVE_PRONOUNS.has(w.lower);
    if (w.quoted || w.lower === 'that' || !(HEARER_POS.has(w.pos) || linking)) return k;
  }
  return k;
}

/**
 * The word after a time expression that starts at word `k` ("said Friday the talks …" → "the"), else `k`.
 * Only a whole expression starting right at `k` is skipped, never words that merely end in one.
 */
function afterTimeAt(words: readonly Word[], k: number, timexSpans?: ReadonlyMap<number, number>): number {
  const end = words[k] && timexSpans?.get(words[k]!.start);
  if (end === undefined) return k;
  const last = words.findIndex((w, i) => i >= k && w.end >= end);
  // "say recent satellite images show …", "said fourth quarter sales rose": a time modifying the noun after
  // it is part of the clause
  const modifies = words[last]?.pos === 'ADJ' || NOUN_PHRASE_POS.has(words[last + 1]?.pos ?? '');
  return last < 0 || modifies ? k : last + 1;
}

/** First word of the reported clause after a cue ("said (that) …", "told him that …"), if there is one. */
function clauseStart(
  view: SentenceView,
  cue: CueMatch,
  timexEnds: ReadonlySet<number>,
  timexSpans?: ReadonlyMap<number, number>,
): number | undefined {
  const { words } = view;
  let k = cue.last + 1;
  if (cue.entry.object) {
    // "told the BBC progress had been made": the hearer may come with its article
    const article = words[k]?.lower === 'the' ? 1 : 0;
    const hearer = view.candidates.find((c) => c.first === k + article && c.kind !== 'pronoun');
    if (hearer) k = hearer.last + 1;
    else if (words[k] && HEARER_WORDS.has(words[k]!.lower)) k++;
    // "told NPR correspondent Steve Inskeep that …": the hearer's name or title goes on past what was found
    if (!opensAfterHearer(words, k, cue)) k = plainHearerEnd(words, k, cue);
  }
  // "said on Tuesday that …": a time expression between the cue and its "that"
  for (let j = k; j < Math.min(k + TIME_BEFORE_THAT_WORDS, words.length - 1); j++) {
    if (timexEnds.has(words[j]!.end) && words[j + 1]!.lower === 'that') {
      k = j + 1;
      break;
    }
  }
  // "said Friday the talks would go on": the clause starts after the time; "said Friday as he entered the
  // talks" has none (the subordinate clause after the time is the writer's)
  const afterTime = afterTimeAt(words, k, timexSpans);
  const next = words[afterTime];
  // "said Tuesday -- a development that …": a dash after the time opens the writer's aside
  if (afterTime > k && next && (WRITERS_SUBORDINATORS.has(next.lower) || /^[-—–]/u.test(next.text)))
    return undefined;
  k = afterTime;
  // "said quietly that …", "says directly to the camera that …": manner adverbs are no part of the clause;
  // "said quietly as he left" has none (the subordinate clause after them is the writer's)
  let a = k;
  // only adverbs of manner or time ("quietly", "later"): "said too much is made of …" keeps its degree word,
  // "said only Putin can win" its focus word
  const manner = (i: number): boolean => {
    const w = words[i];
    if (w?.pos !== 'ADV') return false;
    if (w.lower === 'only') return words[i + 1]?.lower === 'that';
    return /ly$/u.test(w.lower) || TIME_ADVERBS.has(w.lower);
  };
  while (manner(a)) a++;
  if (a > k && WRITERS_SUBORDINATORS.has(words[a]?.lower ?? '')) return undefined;
  k = a;
  // "said in an interview with The Associated Press last week that …": a prepositional phrase before "that"
  if (words[k]?.pos === 'ADP' && words[k]!.lower !== 'that') {
    for (let j = k + 1; j < Math.min(k + PHRASE_BEFORE_THAT_WORDS, words.length - 1); j++) {
      const w = words[j]!;
      // a capitalised "verb" is part of a name ("The Associated Press")
      if (w.quoted || CLAUSE_PUNCT.has(w.text) || (VERB_POS.has(w.pos) && !/^\p{Lu}/u.test(w.text))) break;
      if (w.lower === 'that') {
        k = j;
        break;
      }
    }
  }
  const w = words[k];
  if (!w || w.quoted || QUOTE_MARK.test(w.text)) return undefined; // "said: ‘…’" is a direct quote
  if (w.lower === 'that') return k;
  // "asked Sanders how he was feeling": a reported question
  if (cue.entry.question && QUESTION_WORDS.has(w.lower) && words.length - k >= 3) return k;
  // "vowed to fight on", "urged Congress to act": a reported intention or demand
  if (w.lower === 'to' && cue.entry.infinitive && words.length - k >= 3) return k;
  if (!cue.entry.bare || NON_CLAUSE_STARTERS.has(w.lower) || CLAUSE_PUNCT.has(w.text)) return undefined;
  // "what they said was …": a verb right after the cue means the cue sits in a relative clause; a capitalised
  // "verb" there is a name the tagger misread ("The Times said Cook provided …")
  const capitalised = /^\p{Lu}/u.test(w.text) && w.text !== 'I';
  if (w.pos ? VERB_POS.has(w.pos) && !capitalised : BE_FORMS.has(w.lower)) return undefined;
  return words.length - k >= 3 ? k : undefined;
}

/** A cue right after a closing quotation mark ("“…,” said Trump") attributes that quote, not a clause. */
function followsQuote(view: SentenceView, cue: CueMatch): boolean {
  let p = cue.first - 1;
  while (p >= 0 && (view.words[p]!.text === ',' || isFiller(view.words[p]!))) p--;
  const subject = view.candidates.find((c) => c.last === p);
  if (subject) p = subject.first - 1;
  while (p >= 0 && view.words[p]!.text === ',') p--;
  return p >= 0 && view.words[p]!.quoted;
}

/**
 * "told ITV: “The time has come …”", "told Radio 4's Today programme: “…”": what follows the cue up to a
 * colon opening a quotation, with no verb of its own, is where the words were said, not a report; the
 * direct quotation is the speech.
 */
function introducesQuote(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const w = words[i]!;
    if (w.text === ':') return !!words[i + 1]?.quoted;
    if (w.quoted || isVerb(w)) return false;
  }
  return false;
}

/** Parts of speech of an article or possessive opening a noun phrase. */
const OBJECT_OPENERS = new Set(['DET', 'PRON']);
/** Parts of speech that open a noun phrase object after a participle cue. */
const PARTICIPLE_OBJECT_OPENERS = new Set(['NUM', 'NOUN', 'ADJ', 'PROPN']);

const isVerb = (w: Word): boolean => VERB_POS.has(w.pos) && w.lower !== "'s" && w.lower !== '’s';

/** Most words of the rest of a hearer's name after a telling cue ("told BBC Radio 4's Today programme."). */
const MAX_HEARER_REST_WORDS = 5;

/**
 * "… told BBC Radio 4's Today programme.": after a cue taking a hearer, a few words with no verb are the
 * rest of the hearer's name, not a report. Only judged with POS tags; a "that" clause is always one.
 */
function hearerRest(words: readonly Word[], cue: CueMatch, from: number, to: number): boolean {
  const part = words.slice(from, to + 1);
  return (
    cue.entry.object &&
    part.length <= MAX_HEARER_REST_WORDS &&
    words[from]!.lower !== 'that' &&
    part.every((w) => w.pos !== '') &&
    !part.some(isVerb)
  );
}

/**
 * "Putin announced his resignation.", "Sanders claimed a victory in New Hampshire": a clause with no "that"
 * that opens with an article or a possessive (after a participle cue, any noun phrase) and has no verb at
 * all is the cue's object, not a report.
 * Judged only with POS tags.
 */
function verbless(words: readonly Word[], cue: CueMatch, from: number, to: number): boolean {
  const first = words[from]!;
  // only a phrase opened by an article or a possessive: "images show …" may hide its verb from the tagger;
  // after a participle cue any noun phrase ("…, claiming 41 percent of the vote", "adding strongholds like …")
  const participle = words[cue.last]!.lower.endsWith('ing');
  const opens = OBJECT_OPENERS.has(first.pos) || (participle && PARTICIPLE_OBJECT_OPENERS.has(first.pos));
  if (first.lower === 'that' || !opens) return false;
  const part = words.slice(from, to + 1);
  return part.every((w) => w.pos !== '' && !w.quoted) && !part.some(isVerb);
}

/**
 * "the tycoon told Reuters when asked if he had met Trump", "after being told that …": a cue taking a hearer,
 * as a participle right after a subordinator, has the hearer as its subject; the question or message is
 * someone else's, not a report by the subject found before it.
 */
function passiveAfterSubordinator(words: readonly Word[], cue: CueMatch): boolean {
  let p = cue.first - 1;
  if (words[p]?.lower === 'being') p--;
  const before = words[p]?.lower ?? '';
  return cue.entry.object && /ed$|told$/u.test(words[cue.first]!.lower) && WRITERS_SUBORDINATORS.has(before);
}

/**
 * The cue is in a condition, a report that may never be made: its subject stands right after "if"/"unless"
 * ("if the Chinese pledged to cap …"), or one stands between the subject found and the cue ("… officials
 * looked into what would happen if their candidate announced …").
 */
function conditional(view: SentenceView, choice: SpeakerChoice, cue: CueMatch): boolean {
  const first = Math.min(choice.candidate.first, ...(choice.with ?? []).map((c) => c.first));
  for (let p = cue.first - 1; p > choice.candidate.last; p--) {
    const w = view.words[p]!;
    // the condition closed before the cue ("if Putin rejects a ceasefire – but also agreed to …")
    if (CLAUSE_PUNCT.has(w.text) || /^[-—–]/u.test(w.text) || w.lower === 'but') break;
    if (CONDITIONALS.has(w.lower)) return true;
  }
  let p = first - 1;
  if (['the', 'a', 'an'].includes(view.words[p]?.lower ?? '')) p--;
  return CONDITIONALS.has(view.words[p]?.lower ?? '');
}

/**
 * Indirect speech: "X said (that) …", "Experts say …", "officials have expressed concerns that …". The
 * speaker is the cue's subject (required: a reported clause with no source is not attributed here).
 */
export function findIndirectQuotes(input: FinderInput): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  for (const view of input.views) {
    if (isHeadline(view)) continue;
    for (const cue of view.cues) {
      const reports = cue.entry.clause || cue.entry.infinitive || cue.entry.question;
      if (!reports || cue.entry.sourceAfter || followsQuote(view, cue)) continue;
      if (passiveAfterSubordinator(view.words, cue)) continue;
      const from = clauseStart(view, cue, input.timexEnds, input.timexSpans);
      if (from === undefined) continue;
      // "…, said an official who was briefed on the talks": a cue after a comma followed by a noun phrase
      // with no verb names the source of what came before it (the trailing finder's), not a clause; a
      // participle after a comma ("…, telling the story of a single mom") has its own subject before
      const inverted =
        view.words[cue.first - 1]?.text === ',' && !view.words[cue.last]!.lower.endsWith('ing');
      if (inverted && nounPhraseOnly(view.words, from)) continue;
      const choice = subjectOf(view, cue, input.timexEnds) ?? nounSubjectBefore(view, cue, input.timexEnds);
      if (!choice || conditional(view, choice, cue)) continue;
      const to = clauseEnd(view, from);
      if (to < from || introducesQuote(view.words, from, to) || hearerRest(view.words, cue, from, to))
        continue;
      if (verbless(view.words, cue, from, to)) continue;
      const span = textSpan(input.doc, { start: view.words[from]!.start, end: view.words[to]!.end });
      drafts.push({
        ...span,
        kind: 'indirect',
        sentence: view.index,
        ...attribution(input.doc, view, choice, cue),
        rule: 'indirect:clause',
      });
    }
  }
  return drafts;
}
