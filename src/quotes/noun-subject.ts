import { isFiller, isPassive, isSubjectLike } from './subject.js';
import type { CueMatch, SentenceView, SpeakerChoice, Word } from './types.js';

/** Words a common-noun subject may be made of ("the S.E.C.", "several cast members", "the bank's board"). */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
const HEAD_POS = new Set(['NOUN', 'PROPN']);
/** At most this many words in such a subject: longer runs are rarely one noun phrase. */
const MAX_WORDS = 7;

/** A hyphen inside a word the tokenizer split ("Twenty-four", "three-quarters"). */
const innerHyphen = (words: readonly Word[], i: number): boolean =>
  words[i]!.text === '-' &&
  i > 0 &&
  words[i - 1]!.end === words[i]!.start &&
  words[i + 1]?.start === words[i]!.end;

/** "of" inside a quantity or group phrase ("half of GOP primary voters", "members of the panel"). */
const innerOf = (words: readonly Word[], i: number): boolean =>
  words[i]!.lower === 'of' && i > 0 && NOUN_PHRASE_POS.has(words[i - 1]!.pos);

/**
 * The subject of a cue when it is a plain noun phrase no table knows ("The bank said …", "Several cast members
 * said …", "Twenty-four percent said …", "half of GOP primary voters said …"): a noun right before the cue
 * (auxiliaries and adverbs between allowed), extended left over its determiners, modifiers, an inner "of"
 * and a leading adverb ("Nearly half"), standing in subject position. It names a source but no entity. Only
 * tried when no known speaker stands there.
 */
export function nounSubjectBefore(
  view: SentenceView,
  cue: CueMatch,
  timexEnds: ReadonlySet<number>,
): SpeakerChoice | undefined {
  const { words } = view;
  if (isPassive(view, cue)) return undefined;
  let head = cue.first - 1;
  while (head >= 0 && isFiller(words[head]!)) head--;
  const w = words[head];
  if (!w || w.quoted || !HEAD_POS.has(w.pos)) return undefined;
  let first = head;
  while (first > 0 && head - first + 1 < MAX_WORDS) {
    const i = first - 1;
    const prev = words[i]!;
    if (prev.quoted) break;
    if (!NOUN_PHRASE_POS.has(prev.pos) && !innerHyphen(words, i) && !innerOf(words, i)) break;
    first--;
  }
  if (first > 0 && words[first - 1]!.pos === 'ADV' && NOUN_PHRASE_POS.has(words[first]!.pos)) first--;
  if (words[first]!.lower === 'of') return undefined;
  const candidate = { kind: 'group' as const, first, last: head, start: words[first]!.start, end: w.end };
  if (!isSubjectLike(view, candidate, timexEnds)) return undefined;
  return { candidate, ambiguous: false, start: candidate.start };
}
