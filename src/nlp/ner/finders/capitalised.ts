import { spanOfTokens } from '../token-index.js';
import type { Token } from '../../../doc/types.js';
import type { Finder, NameCandidate, RecognizerInput } from '../types.js';
import { isNameWord, NAME_CONNECTORS } from '../words.js';

/**
 * Runs of capitalised tokens in one sentence ("Vladimir Putin", "Elmendorf Air Force Base"), joined across
 * name connectors ("bin", "von der") and, after a cue or title word, across "of" / "of the" ("Bank of
 * England"). A stopword ("However", "Friday", "The") never joins a run: it ends it.
 */
export const findCapitalisedRuns: Finder = (input) => {
  const { tokens } = input;
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isRunWord(tokens[i]!, input)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      const next = tokens[end];
      const continues = next !== undefined && (isRunWord(next, input) || isSurnameMonth(tokens, end, input));
      if (continues && sameRun(tokens, end, input)) {
        end++;
        continue;
      }
      const joined = connectorLength(tokens, end, input);
      if (joined === 0) break;
      end += joined + 1;
    }
    out.push(candidate(input, i, end));
    i = end;
  }
  return out;
};

function isRunWord(token: Token, input: RecognizerInput): boolean {
  return isNameWord(token.text) && !input.lexicon.stopwords.has(token.text);
}

/**
 * "May" of "Theresa May", "June" of "Brian June": a month name right after a known first name is a
 * surname, unless a day or year follows ("Theresa May 5" is not read as a name either way).
 */
function isSurnameMonth(tokens: readonly Token[], at: number, input: RecognizerInput): boolean {
  const { months, firstNames } = input.lexicon;
  const before = tokens[at - 1];
  if (!months.has(tokens[at]!.text) || before === undefined || !firstNames.has(before.text)) return false;
  return !/^\d/.test(tokens[at + 1]?.text ?? '');
}

/** Token `at` continues the run ending before it: same sentence, separated by spaces only. */
function sameRun(tokens: readonly Token[], at: number, input: RecognizerInput): boolean {
  const prev = tokens[at - 1]!;
  const next = tokens[at]!;
  return prev.sentence === next.sentence && /^[ \u00a0]*$/.test(input.text.slice(prev.end, next.start));
}

/**
 * How many connector tokens start at `end` and lead to another name word (0 when none): one name
 * connector, or "of" / "of the" when the run so far ends with a cue or title word.
 */
function connectorLength(tokens: readonly Token[], end: number, input: RecognizerInput): number {
  const next = tokens[end];
  if (!next || !sameRun(tokens, end, input)) return 0;
  const leadsToName = (k: number): boolean =>
    k < tokens.length && sameRun(tokens, k, input) && isRunWord(tokens[k]!, input);
  if (NAME_CONNECTORS.has(next.text)) {
    if (leadsToName(end + 1)) return 1;
    if (NAME_CONNECTORS.has(tokens[end + 1]?.text ?? '') && leadsToName(end + 2)) return 2;
    return 0;
  }
  if (next.text !== 'of') return 0;
  const last = tokens[end - 1]!.text;
  const { cues, titles } = input.lexicon;
  if (!cues.last.labels.has(last) && !titles.has(last)) return 0;
  if (leadsToName(end + 1)) return 1;
  if (tokens[end + 1]?.text === 'the' && leadsToName(end + 2)) return 2;
  return 0;
}

function candidate(input: RecognizerInput, first: number, end: number): NameCandidate {
  return {
    ...spanOfTokens(input, first, end),
    sentence: input.tokens[first]!.sentence,
    tokenStart: first,
    tokenEnd: end,
    rule: 'ner:caps',
  };
}
