import type { NameCandidate, RecognizerInput, Refiner } from '../types.js';
import { isAcronym } from '../words.js';

/**
 * A capital at the start of a sentence, or anywhere in a title-case line (a headline), says nothing about
 * namehood. There a one-word candidate stays only with evidence: a lexicon entry, the same word written
 * capitalised in the middle of some sentence of the article, or (when wink tags it a proper noun) a
 * gazetteer entry ("Zelensky was not invited" stays because
 * "… resisted by Zelensky" occurs; "Footage shows" goes). In a title-case line every candidate needs it, and
 * a run without it is cut down to its words that have it.
 */
export const requireEvidence: Refiner = (candidates, input) => {
  const out: NameCandidate[] = [];
  for (const c of candidates) {
    if (c.strong) out.push(c);
    else if (input.titleCase.has(c.sentence)) for (const part of evidencedParts(c, input)) out.push(part);
    else if (!startsSentence(c, input) || c.tokenEnd - c.tokenStart > 1 || hasEvidence(c.text, input))
      out.push(c);
    else if (input.tokens[c.tokenStart]!.pos === 'PROPN' && input.gazetteer?.has(c.text)) out.push(c);
  }
  return out;
};

/**
 * In the headline, the trained tagger's names need evidence too: it learnt that capitals mean names, and a
 * headline capitalises verbs and nouns ("Daughter Of Eric Garner Blasts Clinton After").
 */
export const headlineEvidence: Refiner = (candidates, input) =>
  input.headline && input.headline.size > 0
    ? candidates.flatMap((c) =>
        !c.strong && input.headline!.has(c.sentence) ? evidencedParts(c, input) : [c],
      )
    : candidates;

export function hasEvidence(word: string, input: RecognizerInput): boolean {
  const { lexicon } = input;
  return (
    input.capitalisedInside.has(word) ||
    lexicon.countries.has(word) ||
    lexicon.demonyms.has(word) ||
    lexicon.knownNames.has(word) ||
    isAcronym(word)
  );
}

/** True when only punctuation (an opening quote, a dash) comes before the candidate in its sentence. */
function startsSentence(c: NameCandidate, input: RecognizerInput): boolean {
  for (let k = c.tokenStart - 1; k >= 0; k--) {
    const token = input.tokens[k]!;
    if (token.sentence !== c.sentence) return true;
    if (token.pos !== 'PUNCT' && token.pos !== 'SYM') return false;
  }
  return true;
}

/**
 * The parts of a title-case candidate that are names: longest runs first, a run standing when the article
 * writes it elsewhere outside title-case lines ("Anthony Weiner Makes" → "Anthony Weiner"), or when it is
 * one word with evidence. Title-case words around them ("Makes", "Blasts", "Monday") fall away.
 */
function evidencedParts(c: NameCandidate, input: RecognizerInput): NameCandidate[] {
  if (hasEvidence(c.text, input) || writtenElsewhere(c.start, c.end, input)) return [c];
  const parts: NameCandidate[] = [];
  let k = c.tokenStart;
  while (k < c.tokenEnd) {
    let end = c.tokenEnd;
    while (end > k + 1 && !writtenElsewhere(input.tokens[k]!.start, input.tokens[end - 1]!.end, input)) end--;
    const first = input.tokens[k]!;
    const last = input.tokens[end - 1]!;
    if (end > k + 1 || hasEvidence(first.text, input)) {
      parts.push({
        ...c,
        start: first.start,
        end: last.end,
        text: input.text.slice(first.start, last.end),
        tokenStart: k,
        tokenEnd: end,
      });
    }
    k = end;
  }
  return parts;
}

/** The text between `start` and `end` occurs, capitalised as here, in a sentence not in title case. */
function writtenElsewhere(start: number, end: number, input: RecognizerInput): boolean {
  const phrase = input.text.slice(start, end);
  if (!phrase.includes(' ')) return false;
  for (let at = input.text.indexOf(phrase); at >= 0; at = input.text.indexOf(phrase, at + 1)) {
    const sentence = input.sentences.find((s) => s.start <= at && at < s.end);
    if (sentence && !input.titleCase.has(sentence.index)) return true;
  }
  return false;
}

/** Share of capitalised words (of four letters or more) above which a line is a headline in title case. */
const TITLE_CASE_SHARE = 0.75;
const TITLE_CASE_MIN_WORDS = 4;

/** A headline has no closing punctuation; a sentence full of names ("Ships crossed the Black Sea.") has. */
const CLOSING = /[.!?…"”’:;)]$/;

/**
 * Sentences written in title case: no closing punctuation and mostly capitalised words. Also used to
 * build `capitalisedInside`, so exported.
 */
export function titleCaseSentences(input: Pick<RecognizerInput, 'tokens' | 'sentences'>): Set<number> {
  const words = new Array<number>(input.sentences.length).fill(0);
  const capitals = new Array<number>(input.sentences.length).fill(0);
  for (const token of input.tokens) {
    if (token.text.length < 4) continue;
    const first = token.text[0]!;
    const lower = first.toLowerCase();
    const upper = first.toUpperCase();
    if (lower === upper) continue; // not a letter (or a caseless script)
    words[token.sentence]!++;
    if (first === upper) capitals[token.sentence]!++;
  }
  const out = new Set<number>();
  words.forEach((n, i) => {
    const closed = CLOSING.test(input.sentences[i]?.text ?? '.');
    if (!closed && n >= TITLE_CASE_MIN_WORDS && capitals[i]! / n >= TITLE_CASE_SHARE) out.add(i);
  });
  return out;
}
