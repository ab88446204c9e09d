import { textSpan } from '../doc/query.js';
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
/** Words that go on a noun phrase: a time before one of these modifies it. */
const NOUN_PHRASE_POS = new Set(['NOUN', 'ADJ', 'NUM', 'PART']);
import { attribution } from './speaker.js';
import { nounSubjectBefore } from './noun-subject.js';
import { isFiller, subjectOf } from './subject.js';
import type { CueMatch, QuoteDraft, SentenceView, SpeakerChoice, Word } from './types.js';

const QUOTE_MARK = /^["“”‘’'„«»]/u;
/** At most this many words of a time expression between a cue and its "that" ("said late on Tuesday that"). */
const TIME_BEFORE_THAT_WORDS = 4;
/** At most this many words of a prepositional phrase between a cue and its "that". */
const PHRASE_BEFORE_THAT_WORDS = 10;

const HEARER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** At most this many words in a hearer no table knows ("the network", "the Senate committee"). */
const MAX_HEARER_WORDS = 4;

/**
 * The word after a plain noun-phrase hearer ("asked the network to donate …", "told the crowd that …"), when
 * the reported clause starts right after it; else `k` unchanged.
 */
function plainHearerEnd(words: readonly Word[], k: number, cue: CueMatch): number {
  let j = k;
  if (words[j]?.pos === 'DET') j++;
  const first = j;
  while (
    j < words.length &&
    j - first < MAX_HEARER_WORDS &&
    HEARER_POS.has(words[j]!.pos) &&
    !words[j]!.quoted
  )
    j++;
  const next = words[j]?.lower ?? '';
  const opens =
    next === 'that' ||
    (next === 'to' && cue.entry.infinitive) ||
    (cue.entry.question && QUESTION_WORDS.has(next));
  return j > first && opens ? j : k;
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
    else k = plainHearerEnd(words, k, cue);
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
    for (const cue of view.cues) {
      const reports = cue.entry.clause || cue.entry.infinitive || cue.entry.question;
      if (!reports || cue.entry.sourceAfter || followsQuote(view, cue)) continue;
      const from = clauseStart(view, cue, input.timexEnds, input.timexSpans);
      if (from === undefined) continue;
      const choice = subjectOf(view, cue, input.timexEnds) ?? nounSubjectBefore(view, cue, input.timexEnds);
      if (!choice || conditional(view, choice, cue)) continue;
      const to = clauseEnd(view, from);
      if (to < from || introducesQuote(view.words, from, to) || hearerRest(view.words, cue, from, to))
        continue;
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
