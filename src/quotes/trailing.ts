import { textSpan } from '../doc/query.js';
import { isHeadline } from './headline.js';
import { nounPhraseOnly } from './apposition.js';
import { attributionAfter, type AfterAttribution } from './cue-after.js';
import type { FinderInput } from './direct.js';
import { CLAUSE_ENDERS, COORDINATORS, LEAD_IN_STARTERS } from './lexicon.js';
import { attribution } from './speaker.js';
import type { QuoteDraft, SentenceView, Word } from './types.js';

/** Fewest words a reported clause before its attribution may have ("Talks will resume, he said."). */
const MIN_CONTENT_WORDS = 3;
/** Most words after the cue to the sentence end ("said on Tuesday in a statement."). */
const MAX_TAIL_WORDS = 6;
/** Most words after the cue before the comma that resumes the reported clause ("he said on Tuesday,"). */
const MAX_PARENTHETICAL_TAIL = 3;

const END_PUNCT = /^[.!?]$/u;

/** The words after the cue are only a short tail with no verb: the attribution closes the sentence. */
function closesSentence(view: SentenceView, cueLast: number): boolean {
  const tail = view.words.slice(cueLast + 1).filter((w) => !END_PUNCT.test(w.text));
  return tail.length <= MAX_TAIL_WORDS && tail.every((w) => w.pos !== 'VERB' && w.text !== ',' && !w.quoted);
}

/**
 * Where the reported clause resumes after an attribution set off by commas ("Many of the closures, he said,
 * have involved public courses"): the word after the comma that closes the attribution, when at least
 * MIN_CONTENT_WORDS words follow and they do not start a clause of the writer's own ("…, but the date …").
 */
function resumesAfter(view: SentenceView, cueLast: number): number | undefined {
  const { words } = view;
  for (let k = cueLast + 1; k <= cueLast + 1 + MAX_PARENTHETICAL_TAIL && k < words.length; k++) {
    const w = words[k]!;
    if (w.quoted || w.pos === 'VERB') return undefined;
    if (w.text !== ',') continue;
    const next = words[k + 1];
    const rest = words.slice(k + 1).filter((x) => !END_PUNCT.test(x.text));
    if (!next || rest.length < MIN_CONTENT_WORDS || rest.some((x) => x.quoted)) return undefined;
    if (COORDINATORS.has(next.lower) || CLAUSE_ENDERS.has(next.lower) || next.lower.endsWith('ing'))
      return undefined;
    return k + 1;
  }
  return undefined;
}

const isVerb = (w: Word): boolean => w.pos === 'VERB' || w.pos === 'AUX';

/**
 * The words before a parenthetical attribution are the writer's lead-in, not a reported clause of their
 * own: an adverbial opening ("After that fiasco, he said, …", "But to prevent problems, Johnson said, …",
 * "If the talks fail, she argues, …") or a phrase with no verb that is not the subject of what follows.
 * The clause after the attribution is then the report. Judged only with POS tags.
 */
function leadIn(view: SentenceView, m: number, resumes: number): boolean {
  const part = view.words.slice(0, m);
  if (part.some((w) => w.pos === '')) return false;
  const first = part.find((w) => !COORDINATORS.has(w.lower) && w.text !== ',');
  if (first && LEAD_IN_STARTERS.has(first.lower)) return true;
  const next = view.words[resumes];
  return !part.some(isVerb) && !!next && !isVerb(next);
}

/** Parts of speech that open a noun phrase: after a cue, the thing said or done, not where or when. */
const OBJECT_POS = new Set(['DET', 'PRON', 'NOUN', 'ADJ', 'NUM']);
/** Parts of speech that open a subject noun phrase before a parenthetical attribution. */
const SUBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * The words before a parenthetical attribution are the subject of the clause it resumes ("Loyalty, he
 * noted, has long been a core tenet …", "The golf industry, she said, is doing better"): a noun phrase with
 * no verb before a clause that opens with its verb. Returns the subject's first word (a "But" or "And"
 * before it left out), or undefined. Judged only with POS tags.
 */
function subjectBefore(view: SentenceView, m: number, resumes: number): number | undefined {
  const { words } = view;
  let first = 0;
  while (first < m && COORDINATORS.has(words[first]!.lower)) first++;
  const part = words.slice(first, m);
  if (part.length === 0 || !SUBJECT_POS.has(part[0]!.pos)) return undefined;
  if (part.some((w) => w.pos === '' || w.quoted || w.text === ',' || isVerb(w))) return undefined;
  let k = resumes;
  while (words[k]?.pos === 'ADV') k++;
  return words[k] && isVerb(words[k]!) ? first : undefined;
}

/**
 * The cue found after the comma attributes the words before it. Not when it is an infinitive ("…, Deacon
 * had nothing bad to say", "…, to disclose fundraising details") or, for a cue that takes no hearer, when
 * a noun phrase that is not a time follows it with the speaker before it ("Shortly after my sentence, Eric
 * Holder announced his resignation."): the cue then has an object of its own.
 */
function attributes(
  view: SentenceView,
  found: AfterAttribution,
  timexSpans?: ReadonlyMap<number, number>,
): boolean {
  const { words } = view;
  const { cue } = found;
  if (words[cue.first - 1]?.lower === 'to') return false;
  const next = words[cue.last + 1];
  if (!next || cue.entry.object || found.choice!.candidate.first > cue.last) return true;
  return !OBJECT_POS.has(next.pos) || timexSpans?.has(next.start) === true;
}

/** The draft for words `[from, to]` of a view (trailing sentence punctuation left out). */
function draft(
  input: FinderInput,
  view: SentenceView,
  from: number,
  to: number,
  found: AfterAttribution,
): QuoteDraft {
  let end = to;
  while (end > from && END_PUNCT.test(view.words[end]!.text)) end--;
  return {
    ...textSpan(input.doc, { start: view.words[from]!.start, end: view.words[end]!.end }),
    kind: 'indirect',
    sentence: view.index,
    ...attribution(input.doc, view, found.choice, found.cue),
    rule: 'indirect:attribution-after',
  };
}

/**
 * Indirect speech attributed after (part of) its clause: at the end of the sentence ("The talks will go
 * ahead, officials said.", "Putin is expected to attend, a Kremlin aide told reporters on Friday.") or set off
 * by commas inside it ("Many of the closures, he said, have involved public courses"; "Still, he said,
 * officials have to decide …"), read as after a closing quotation mark. A parenthetical attribution gives
 * one quote for each side long enough to be a clause, or one across it when the side before is the subject
 * of the side after ("The golf industry, she said, is doing better"); an appositive after a source named after its cue
 * ("…, said Jane Porter, a former judge who …") is none.
 */
export function findTrailingAttributions(input: FinderInput): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  for (const view of input.views) {
    if (isHeadline(view)) continue;
    const { words } = view;
    for (let m = 1; m < words.length - 2; m++) {
      if (words[m]!.text !== ',' || words[m]!.quoted) continue;
      const found = attributionAfter(view, m + 1);
      if (!found || found.cueView !== view || !found.choice || !found.cue.entry.clause) continue;
      if (!attributes(view, found, input.timexSpans)) continue;
      if (words.slice(0, m).some((w) => w.quoted)) break;
      const before = m >= MIN_CONTENT_WORDS;
      if (closesSentence(view, found.cue.last)) {
        if (before) drafts.push(draft(input, view, 0, m - 1, found));
        break;
      }
      const resumes = resumesAfter(view, found.cue.last);
      if (resumes === undefined) continue;
      // "…, said Jane Porter, the site's editor.": after an inverted attribution a noun phrase with no verb
      // describes the source; the sentence ends with the attribution
      if (found.choice.candidate.first > found.cue.last && nounPhraseOnly(words, resumes)) {
        if (before) drafts.push(draft(input, view, 0, m - 1, found));
        break;
      }
      // one report around the attribution: its subject before, its verb after
      const subject = subjectBefore(view, m, resumes);
      if (subject !== undefined) {
        drafts.push({
          ...draft(input, view, subject, words.length - 1, found),
          rule: 'indirect:parenthetical',
        });
        break;
      }
      if (before && !leadIn(view, m, resumes)) drafts.push(draft(input, view, 0, m - 1, found));
      drafts.push({
        ...draft(input, view, resumes, words.length - 1, found),
        rule: 'indirect:parenthetical',
      });
      break;
    }
  }
  return drafts;
}
