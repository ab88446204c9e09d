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

/** One pattern for all cues (one scan of the text), and the country of each cue (exported for its test). */
interface CueTable {
  pattern: RegExp;
  country: Map<string, string>;
}

let table: CueTable | undefined;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function cueTable(): CueTable {
  if (table) return table;
  const rows = readTsv(dataFile('geo', 'country-cues.tsv'));
  // Whole words; a sign such as "£" has no word edge of its own. Longest first, so "Home Office" wins.
  const cues = rows.map((r) => r['cue']!).sort((a, b) => b.length - a.length);
  const words = cues.filter((cue) => /^\p{L}/u.test(cue)).map(escape);
  const signs = cues.filter((cue) => !/^\p{L}/u.test(cue)).map(escape);
  // The word edges once around all words, not around each: V8 compiled a pair of Unicode classes per cue
  // (~0.1 s at the first article). A word cue and a sign cue never match at the same offset (a letter
  // starts one, not the other), so the matches are those of one longest-first list of both.
  const edged = words.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`] : [];
  table = {
    pattern: new RegExp([...edged, ...signs].join('|'), 'gu'),
    country: new Map(rows.map((r) => [r['cue']!, r['country']!])),
  };
  return table;
}

/** One clue per cue occurrence in the article's text. */
export function countryCueClues(doc: Doc): Clue[] {
  const { pattern, country } = cueTable();
  const out: Clue[] = [];
  for (const match of doc.text.matchAll(pattern)) {
    const code = country.get(match[0]);
    if (!code) continue;
    out.push({
      sentence: sentenceIndexAt(doc, match.index),
      offset: match.index,
      country: code,
      weight: CUE_WEIGHT,
    });
  }
  return out;
}
