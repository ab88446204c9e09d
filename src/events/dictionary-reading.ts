/**
 * What PETRARCH's verb dictionary says about a candidate's words: its verb's pattern reading, the CAMEO
 * code and that code's class (features of the decision layer). Candidates look it up when it is first read
 * (candidates.ts): most find no actor and are dropped unread, and the pattern lookup is a candidate's
 * costliest step.
 */
import { classOfCode, dictionaryCode } from './dictionary-class.js';
import type { EventTables } from './tables.js';
import { patternAt, type PatternMatch, type VerbPatterns } from './verb-patterns.js';
import type { SentenceView } from './view.js';

export interface DictionaryReading {
  dictCode?: string;
  dictClass?: string;
  pattern?: PatternMatch;
}

/** A pattern's event code: 2–4 digits in CAMEO's 01–20 (`---` and PETRARCH's test markers are none). */
export const eventCode = (m: PatternMatch | undefined): string | undefined =>
  m && /^(0[1-9]|1\d|20)\d{0,2}$/.test(m.code) ? m.code : undefined;

/** The dictionary's reading of a verb token (nouns are read by the form table alone, dictionary-class.ts). */
export const verbPattern = (
  view: SentenceView,
  i: number,
  vp: VerbPatterns | undefined,
): PatternMatch | undefined =>
  vp && view.tokens[i]?.pos === 'VERB' ? patternAt(view.lower, i, vp, view.forms) : undefined;

/**
 * The reading of the words [tokStart, tokEnd): a listed verb's pattern code (`---` = no event here), else
 * the form table's code of the words. `known`: the verb's pattern reading, when already looked up.
 */
export function dictionaryReading(
  view: SentenceView,
  tokStart: number,
  tokEnd: number,
  tables: EventTables,
  vp: VerbPatterns | undefined,
  known?: PatternMatch,
): DictionaryReading {
  const pattern = known ?? verbPattern(view, tokStart, vp);
  const lower = view.lower.slice(tokStart, Math.max(tokEnd, tokStart + 1));
  const dictCode = pattern
    ? eventCode(pattern)
    : dictionaryCode(lower, view.lemmas[tokStart] ?? [], tables.dictionary);
  const dictClass = dictCode ? classOfCode(dictCode, tables.dictionary) : undefined;
  return { dictCode, dictClass, pattern };
}
