import type { Doc } from '../doc/types.js';
import { textSpan } from '../doc/query.js';
import { colonIntro } from './colon-intro.js';
import { attributionAcrossSplit, attributionAfter, sourceAfterDash } from './cue-after.js';
import { SCARE_MAX_WORDS, TITLE_MAX_WORDS } from './lexicon.js';
import { nounSubjectBefore } from './noun-subject.js';
import { finishesWritersSentence, isWovenIn, runsOnAfter } from './partial.js';
import { attribution } from './speaker.js';
import { isWorkTitle, isWovenTitle, looksLikeTitle, type WorkTitleTable } from './work-title.js';
import { subjectOf } from './subject.js';
import type { CueMatch, DirectSpan, QuoteDraft, SentenceView, SpeakerChoice, Word } from './types.js';

/** What the finders need to know about the article. */
export interface FinderInput {
  doc: Pick<Doc, 'text'>;
  views: readonly SentenceView[];
  /** Index into `views` of the sentence holding an offset (-1 outside every sentence). */
  viewAt: (offset: number) => number;
  timexEnds: ReadonlySet<number>;
  /** Start offset → end offset of each time expression ("Friday", "late on Tuesday"); absent: none known. */
  timexSpans?: ReadonlyMap<number, number>;
  /** Words beside a quotation that make it the name of a work (absent: no such check). */
  workTitles?: WorkTitleTable;
}

interface Found {
  rule: string;
  cue?: CueMatch;
  choice?: SpeakerChoice;
  view: SentenceView;
}

/** Index of the first word starting at or after `offset`, skipping commas. */
function firstWordAfter(words: readonly Word[], offset: number): number {
  let j = words.findIndex((w) => w.start >= offset);
  while (j >= 0 && j < words.length && words[j]!.text === ',') j++;
  return j < 0 ? words.length : j;
}

/** "“…” ― Carla Sanchez": a source after a dash, in the sentence of the closing mark or the next. */
function dashAfter(input: FinderInput, q: DirectSpan): Found | undefined {
  if (q.close === undefined) return undefined;
  let vi = input.viewAt(q.close);
  if (vi < 0) return undefined;
  let j = firstWordAfter(input.views[vi]!.words, q.close + 1);
  if (j >= input.views[vi]!.words.length && vi + 1 < input.views.length) [vi, j] = [vi + 1, 0];
  const view = input.views[vi]!;
  if (view.words[j] && view.words[j]!.start > q.close + 3) return undefined;
  const choice = sourceAfterDash(view, j);
  return choice && { rule: 'direct:dash-source', choice, view };
}

/** "‘…,’ Trump told reporters" or "“…,” said Trump": the attribution right after the closing mark. */
function cueAfter(input: FinderInput, q: DirectSpan): Found | undefined {
  const dash = dashAfter(input, q);
  if (dash) return dash;
  // News style closes a quote followed by its attribution with a comma, "?" or "!"; after a full stop the
  // next words start a new sentence ("“… issue.” Davis said the …" is not Davis speaking).
  if (q.close === undefined || /[.…]$/u.test(input.doc.text.slice(q.start, q.end))) return undefined;
  let vi = input.viewAt(q.close);
  if (vi < 0) return undefined;
  let j = firstWordAfter(input.views[vi]!.words, q.close + 1);
  if (j >= input.views[vi]!.words.length && vi + 1 < input.views.length) [vi, j] = [vi + 1, 0];
  const view = input.views[vi]!;
  // "“How could I not say that?” ¶ The senator said that …": a new paragraph is the writer's, not an attribution
  if (input.doc.text.slice(q.close, view.words[j]?.start ?? q.close).includes('\n')) return undefined;
  const next = input.views[vi + 1];
  const sameParagraph = !!next && !input.doc.text.slice(view.end, next.start).includes('\n');
  const found =
    attributionAfter(view, j) ?? attributionAcrossSplit(view, j, sameParagraph ? next : undefined);
  return (
    found && {
      rule: 'direct:cue-after',
      cue: found.cue,
      view: found.cueView,
      ...(found.choice ? { choice: found.choice } : {}),
    }
  );
}

/** Finders that take the attribution after the quotation. */
const AFTER_RULES = new Set(['direct:cue-after', 'direct:dash-source']);

/** A quotation woven into the writer's own clause (‘feel-out meeting’): the speaker's words, not a sentence. */
const PARTIAL_RULE = 'direct:partial';

/** "Trump said: ‘…’" or "has called the summit a ‘feel-out meeting’": the nearest cue before the quote. */
function cueBefore(input: FinderInput, q: DirectSpan): Found | undefined {
  const vi = input.viewAt(q.start);
  if (vi < 0) return undefined;
  const view = input.views[vi]!;
  const cue = view.cues.findLast((c) => view.words[c.last]!.end <= q.open);
  if (!cue) return undefined;
  const rule = isWovenIn(input.doc.text, q, view) ? PARTIAL_RULE : 'direct:cue-before';
  if (cue.entry.sourceAfter) {
    const speaker = view.candidates.find((c) => c.first === cue.last + 1 || c.first === cue.last + 2);
    return {
      rule,
      cue,
      view,
      ...(speaker ? { choice: { candidate: speaker, ambiguous: false, start: speaker.start } } : {}),
    };
  }
  // "Said Ellis: “…”": an inverted cue opening its sentence has its speaker right after it
  const inverted = cue.first === 0 ? view.candidates.find((c) => c.first === 1) : undefined;
  const choice =
    subjectOf(view, cue, input.timexEnds) ??
    (inverted ? { candidate: inverted, ambiguous: false, start: inverted.start } : undefined) ??
    nounSubjectBefore(view, cue, input.timexEnds);
  return { rule, cue, view, ...(choice ? { choice } : {}) };
}

/**
 * A quotation introduced by a colon that no cue before it in its sentence covers: "She then addressed the
 * supporters again: “…”", or a paragraph of its own after one ending "Cruz continued:".
 */
function colonBefore(input: FinderInput, q: DirectSpan): Found | undefined {
  const { text } = input.doc;
  let k = q.open - 1;
  while (k >= 0 && /\s/u.test(text[k]!)) k--;
  if (k < 0 || text[k] !== ':') return undefined;
  const vi = input.viewAt(k);
  if (vi < 0) return undefined;
  const colon = input.views[vi]!.words.findIndex((w) => w.start === k);
  if (colon < 0) return undefined;
  const found = colonIntro(input.views[vi]!, colon, input.timexEnds);
  if (!found.cue && !found.choice) return undefined;
  return { rule: 'direct:colon-before', ...found };
}

/** A title of a work or a headline: title case, a few words, no sentence end ("in his book, ‘An American Son’"). */
function looksLikeTitleQuote(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.length <= TITLE_MAX_WORDS && looksLikeTitle(words) && !/[.!?,;:]["”’']?$/u.test(text);
}

/**
 * A quotation with no cue that is not speech: a short phrase with no sentence of its own (a scare quote), a
 * title, or a stage direction of a transcript ("(CROSSTALK.)").
 */
function looksScare(text: string, partial: boolean): boolean {
  if (/^\(.*\)[.!?]?$/su.test(text.trim())) return true;
  const words = text.split(/\s+/u).filter(Boolean);
  // Woven into a clause, title-case words are often a speaker's label for someone ("a ‘Disgusting Fraud’")
  if (!partial && words.length <= TITLE_MAX_WORDS && looksLikeTitle(words)) return true;
  return words.length <= SCARE_MAX_WORDS && !/[.!?]["”’']?$/u.test(text);
}

/** One draft per quotation: its span, and the speaker from the cue after it or, failing that, before it. */
export function findDirectQuotes(input: FinderInput, spans: readonly DirectSpan[]): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  for (const q of spans) {
    const vi = input.viewAt(q.start);
    const sentence = vi >= 0 ? input.views[vi]!.index : -1;
    const found = cueAfter(input, q) ?? cueBefore(input, q) ?? colonBefore(input, q);
    const base = { ...textSpan(input.doc, q), kind: 'direct' as const, sentence, mark: q };
    // "the TLC show “Cake Boss.”": a work's name is no speech, whatever cue stands near it
    if (input.workTitles && isWorkTitle(input.doc.text, q, input.workTitles)) {
      drafts.push({ ...base, scare: true, rule: 'direct:work-title' });
      continue;
    }
    // Woven into the writer's clause whichever side its cue is on ("Oz is “smart as hell,” he wrote")
    const view = vi >= 0 ? input.views[vi]! : undefined;
    const partial =
      found?.rule === PARTIAL_RULE ||
      (view !== undefined &&
        (isWovenIn(input.doc.text, q, view) ||
          finishesWritersSentence(input.doc.text, q, view) ||
          (found?.rule !== 'direct:cue-after' && runsOnAfter(input.doc.text, q, view))));
    // A cue before a title ("said in his 2012 book, ‘An American Son’") introduces the work, not words said;
    // a cue after it ("‘Thank You Very Much’ Trump said") still makes it speech
    const titleAfterCue = found && !AFTER_RULES.has(found.rule) && !partial && looksLikeTitleQuote(base.text);
    // a name in title case woven into the writer's clause (not right after a cue that takes it as speech)
    const wovenTitle =
      view !== undefined &&
      input.workTitles !== undefined &&
      isWovenIn(input.doc.text, q, view) &&
      isWovenTitle(input.doc.text, q, input.workTitles) &&
      // "Trump called the pageant winner “Miss Piggy”": a label after a naming cue is the speaker's
      !(found?.cue && input.workTitles.notBefore.has(found.view.words[found.cue.last]!.lower));
    if (titleAfterCue || wovenTitle) {
      drafts.push({ ...base, scare: true, rule: 'direct:title' });
    } else if (found) {
      drafts.push({
        ...base,
        ...attribution(input.doc, found.view, found.choice, found.cue),
        ...(partial ? { partial: true } : {}),
        rule: found.rule,
      });
    } else if (
      looksScare(base.text, partial) &&
      ((!q.continues && !q.continuation) || /^\(/u.test(base.text))
    ) {
      drafts.push({ ...base, scare: true, rule: 'direct:scare' });
    } else {
      drafts.push({ ...base, ...(partial ? { partial: true } : {}), rule: 'direct:no-cue' });
    }
  }
  return drafts;
}
