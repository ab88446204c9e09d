/**
 * Country cues: words that are no place names but say which country an article is about ("Tories", "£",
 * "White House"). Each occurrence is a weak clue (`data/geo/country-cues.tsv`), so a UK politics article's
 * Westminster and Kent are read in England when nothing else in it places them.
 */
import { sentenceIndexAt } from '../doc/query.js';
import type { Doc } from '../doc/types.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import type { Clue } from './clues.js';

/** As strong as a person's nationality: a cue word is a hint, a named place says more. */
export const CUE_WEIGHT = 0.5;

interface CountryCue {
  pattern: RegExp;
  country: string;
}

let cues: CountryCue[] | undefined;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function cueTable(): CountryCue[] {
  cues ??= readTsv(dataFile('geo', 'country-cues.tsv')).map((r) => {
    const cue = r['cue']!;
    // Whole words; a sign such as "£" has no word edge of its own.
    const body = /^\p{L}/u.test(cue) ? `(?<![\\p{L}\\p{N}])${escape(cue)}(?![\\p{L}\\p{N}])` : escape(cue);
    return { pattern: new RegExp(body, 'gu'), country: r['country']! };
  });
  return cues;
}

/** One clue per cue occurrence in the article's text. */
export function countryCueClues(doc: Doc): Clue[] {
  const out: Clue[] = [];
  for (const { pattern, country } of cueTable()) {
    pattern.lastIndex = 0;
    for (const match of doc.text.matchAll(pattern))
      out.push({
        sentence: sentenceIndexAt(doc, match.index),
        offset: match.index,
        country,
        weight: CUE_WEIGHT,
      });
  }
  return out;
}
