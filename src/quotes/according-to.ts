import { textSpan } from '../doc/query.js';
import { clauseEnd } from './clause.js';
import type { FinderInput } from './direct.js';
import { cueSpan } from './speaker.js';
import type { CueMatch, QuoteDraft, SentenceView } from './types.js';

/** Longest source phrase after "according to" ("a 52-count civil complaint filed by …"). */
const MAX_SOURCE_WORDS = 25;

/** Words `[first, last]` of the source after the cue, up to the next comma or the sentence end. */
function sourcePhrase(view: SentenceView, cue: CueMatch): [number, number] | undefined {
  const first = cue.last + 1;
  let last = first;
  while (
    last + 1 < view.words.length &&
    view.words[last + 1]!.text !== ',' &&
    last - first < MAX_SOURCE_WORDS
  )
    last++;
  while (last > first && /^[.!?;]$/u.test(view.words[last]!.text)) last--;
  return first < view.words.length ? [first, last] : undefined;
}

/** Content of "According to X, CONTENT." or "CONTENT, according to X.": words `[from, to]`. */
function contentWords(
  view: SentenceView,
  cue: CueMatch,
  source: [number, number],
): [number, number] | undefined {
  const before = cue.first - 1;
  if (before >= 1 && view.words[before]!.text === ',') return [0, before - 1];
  if (view.words[source[1] + 1]?.text === ',' && source[1] + 2 < view.words.length) {
    const from = source[1] + 2;
    return [from, clauseEnd(view, from)];
  }
  return before >= 1 ? [0, before] : undefined;
}

/** "According to X, …" and "…, according to X": the source follows the cue. */
export function findAccordingTo(input: FinderInput): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  for (const view of input.views) {
    for (const cue of view.cues) {
      if (!cue.entry.sourceAfter) continue;
      const source = sourcePhrase(view, cue);
      const content = source && contentWords(view, cue, source);
      if (!source || !content || content[1] < content[0]) continue;
      const { words } = view;
      const head = view.candidates.find(
        (c) => c.first === source[0] || (c.first === source[0] + 1 && words[source[0]]!.lower === 'the'),
      );
      const whole = head && head.last === source[1];
      drafts.push({
        ...textSpan(input.doc, { start: words[content[0]]!.start, end: words[content[1]]!.end }),
        kind: 'indirect',
        sentence: view.index,
        cue: cueSpan(input.doc, view, cue),
        speakerSpan: textSpan(input.doc, { start: words[source[0]]!.start, end: words[source[1]]!.end }),
        ...(whole && head.entity ? { speaker: head.entity } : {}),
        rule: 'indirect:according-to',
      });
    }
  }
  return drafts;
}
