import { isFiller, isPassive, isSubjectLike } from './subject.js';
import type { CueMatch, SentenceView, SpeakerChoice, Word } from './types.js';

/** Words a common-noun subject may be made of ("the S.E.C.", "several cast members", "the bank's board"). */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
const HEAD_POS = new Set(['NOUN', 'PROPN']);
/** At most this many words in such a subject: longer runs are rarely one noun phrase. */
const MAX_WORDS = 9;
/** Prepositions that may join a noun to its complement inside a subject ("six in 10", "aides to Clinton"). */
const INNER_PREPOSITIONS = new Set(['of', 'in', 'to', 'from', 'at', 'for', 'on', 'with', 'across']);

/** A hyphen inside a word the tokenizer split ("Twenty-four", "three-quarters"). */
const innerHyphen = (words: readonly Word[], i: number): boolean =>
  words[i]!.text === '-' &&
  i > 0 &&
  words[i - 1]!.end === words[i]!.start &&
  words[i + 1]?.start === words[i]!.end;

/** Possessive determiners ("sources close to her campaign"). */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** A participle used as an adjective ("registered voters", "elected officials"). */
const participleAdjective = (words: readonly Word[], i: number): boolean =>
  words[i]!.pos === 'VERB' &&
  /(?:ed|en)$/u.test(words[i]!.lower) &&
  NOUN_PHRASE_POS.has(words[i + 1]?.pos ?? '');

/**
 * A preposition inside a quantity or group phrase ("half of GOP primary voters", "six in 10", "aides to
 * Clinton", "sources close to her campaign"): it follows a noun, number or adjective.
 */
const innerPreposition = (words: readonly Word[], i: number): boolean =>
  INNER_PREPOSITIONS.has(words[i]!.lower) && i > 0 && NOUN_PHRASE_POS.has(words[i - 1]!.pos);

/**
 * The subject of a cue when it is a plain noun phrase no table knows ("The bank said …", "Several cast members
 * said …", "Twenty-four percent said …", "half of GOP primary voters said …"): a noun right before the cue
 * (auxiliaries and adverbs between allowed), extended left over its determiners, modifiers, inner
 * prepositions ("six in 10", "aides to Clinton") and a leading adverb ("Nearly half"), standing in subject
 * position. It names a source but no entity. Only tried when no known speaker stands there.
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
    const inPhrase =
      NOUN_PHRASE_POS.has(prev.pos) ||
      POSSESSIVE_DETERMINERS.has(prev.lower) ||
      participleAdjective(words, i) ||
      innerHyphen(words, i) ||
      innerPreposition(words, i);
    if (!inPhrase) break;
    first--;
  }
  if (first > 0 && words[first - 1]!.pos === 'ADV' && NOUN_PHRASE_POS.has(words[first]!.pos)) first--;
  if (INNER_PREPOSITIONS.has(words[first]!.lower)) return undefined;
  const candidate = { kind: 'group' as const, first, last: head, start: words[first]!.start, end: w.end };
  if (!isSubjectLike(view, candidate, timexEnds)) return undefined;
  return { candidate, ambiguous: false, start: candidate.start };
}
