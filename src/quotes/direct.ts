import type { Doc } from '../doc/types.js';
import { textSpan } from '../doc/query.js';
import { MAX_TITLE_GAP, NON_CLAUSE_STARTERS, SCARE_MAX_WORDS } from './lexicon.js';
import { attribution } from './speaker.js';
import { isFiller, subjectOf } from './subject.js';
import type { CueMatch, DirectSpan, QuoteDraft, SentenceView, SpeakerChoice, Word } from './types.js';

/** What the finders need to know about the article. */
export interface FinderInput {
  doc: Pick<Doc, 'text'>;
  views: readonly SentenceView[];
  /** Index into `views` of the sentence holding an offset (-1 outside every sentence). */
  viewAt: (offset: number) => number;
  timexEnds: ReadonlySet<number>;
}

interface Found {
  rule: string;
  cue?: CueMatch;
  choice?: SpeakerChoice;
  view: SentenceView;
}

const TITLE_GAP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);

function titleWord(w: Word): boolean {
  return w.pos ? TITLE_GAP_POS.has(w.pos) : /^\p{L}/u.test(w.text) && !NON_CLAUSE_STARTERS.has(w.lower);
}

/** Index of the first word starting at or after `offset`, skipping commas. */
function firstWordAfter(words: readonly Word[], offset: number): number {
  let j = words.findIndex((w) => w.start >= offset);
  while (j >= 0 && j < words.length && words[j]!.text === ',') j++;
  return j < 0 ? words.length : j;
}

/** "‘…,’ Trump told reporters" or "“…,” said Trump": the attribution right after the closing mark. */
function cueAfter(input: FinderInput, q: DirectSpan): Found | undefined {
  if (q.close === undefined) return undefined;
  let vi = input.viewAt(q.close);
  if (vi < 0) return undefined;
  let j = firstWordAfter(input.views[vi]!.words, q.close + 1);
  if (j >= input.views[vi]!.words.length && vi + 1 < input.views.length) [vi, j] = [vi + 1, 0];
  const view = input.views[vi]!;
  const { words } = view;
  const speakerAt = (i: number) =>
    view.candidates.find((c) => c.first === i || (c.first === i + 1 && words[i]?.lower === 'the'));
  const subject = speakerAt(j);
  if (subject) {
    let k = subject.last + 1;
    while (k < words.length && isFiller(words[k]!)) k++;
    const cue = view.cues.find((c) => c.first === k && !c.entry.sourceAfter);
    return cue
      ? {
          rule: 'direct:cue-after',
          cue,
          choice: { candidate: subject, ambiguous: false, start: subject.start },
          view,
        }
      : undefined;
  }
  const cue = view.cues.find((c) => c.first === j);
  if (!cue) return undefined;
  for (let k = cue.last + 1; k <= cue.last + 1 + MAX_TITLE_GAP && k < words.length; k++) {
    const speaker = view.candidates.find((c) => c.first === k);
    if (speaker)
      return {
        rule: 'direct:cue-after',
        cue,
        choice: { candidate: speaker, ambiguous: false, start: speaker.start },
        view,
      };
    if (!titleWord(words[k]!)) break;
  }
  return { rule: 'direct:cue-after', cue, view };
}

/** "Trump said: ‘…’" or "has called the summit a ‘feel-out meeting’": the nearest cue before the quote. */
function cueBefore(input: FinderInput, q: DirectSpan): Found | undefined {
  const vi = input.viewAt(q.start);
  if (vi < 0) return undefined;
  const view = input.views[vi]!;
  const cue = view.cues.findLast((c) => view.words[c.last]!.end <= q.open);
  if (!cue) return undefined;
  const between = input.doc.text.slice(view.words[cue.last]!.end, q.open);
  const rule = /^[\s:,]*$/u.test(between) ? 'direct:cue-before' : 'direct:partial';
  if (cue.entry.sourceAfter) {
    const speaker = view.candidates.find((c) => c.first === cue.last + 1 || c.first === cue.last + 2);
    return {
      rule,
      cue,
      view,
      ...(speaker ? { choice: { candidate: speaker, ambiguous: false, start: speaker.start } } : {}),
    };
  }
  const choice = subjectOf(view, cue, input.timexEnds);
  return { rule, cue, view, ...(choice ? { choice } : {}) };
}

/** A short quotation with no cue and no sentence of its own: a scare quote or a title. */
function looksScare(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.length <= SCARE_MAX_WORDS && !/[.!?]["”’']?$/u.test(text);
}

/** One draft per quotation: its span, and the speaker from the cue after it or, failing that, before it. */
export function findDirectQuotes(input: FinderInput, spans: readonly DirectSpan[]): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  for (const q of spans) {
    const vi = input.viewAt(q.start);
    const sentence = vi >= 0 ? input.views[vi]!.index : -1;
    const found = cueAfter(input, q) ?? cueBefore(input, q);
    const base = { ...textSpan(input.doc, q), kind: 'direct' as const, sentence, mark: q };
    if (found) {
      drafts.push({
        ...base,
        ...attribution(input.doc, found.view, found.choice, found.cue),
        rule: found.rule,
      });
    } else if (!q.continues && !q.continuation && looksScare(base.text)) {
      drafts.push({ ...base, scare: true, rule: 'direct:scare' });
    } else {
      drafts.push({ ...base, rule: 'direct:no-cue' });
    }
  }
  return drafts;
}
