import type { Typer } from './types.js';

/** Names listed as they are: known institutions and events, countries, demonyms. */
export const byKnownName: Typer = (c, { lexicon }) => {
  const known = lexicon.knownNames.get(c.text);
  return known ? { label: known.label, cue: 'known' } : undefined;
};

export const byCountry: Typer = (c, { lexicon }) =>
  lexicon.countries.has(c.text) ? { label: 'GPE', cue: 'country' } : undefined;

/** "Syrian", and the plural of a people ("Syrians", "Christians"). */
export const byDemonym: Typer = (c, { lexicon }) =>
  isDemonym(c.text, lexicon.demonyms) ? { label: 'NORP', cue: 'demonym' } : undefined;

export function isDemonym(text: string, demonyms: ReadonlyMap<string, string>): boolean {
  return demonyms.has(text) || (text.endsWith('s') && demonyms.has(text.slice(0, -1)));
}

/**
 * "Treasury Department", "Barents Sea", "Elmendorf Air Force Base": the longest cue ending the name, or
 * ending its head before "of" ("Bank of England", "Gulf of Mexico"). A cue marked sure in the table
 * answers `cue-last-sure`: it then beats the trained tagger's type.
 */
export const byLastWords: Typer = (c, { lexicon, tokens, text }) => {
  let headEnd = c.tokenEnd;
  for (let k = c.tokenStart + 1; k < c.tokenEnd; k++) if (tokens[k]!.text === 'of') headEnd = k;
  const length = headEnd - c.tokenStart;
  for (let n = Math.min(lexicon.cues.last.words, length); n >= 1; n--) {
    // Words of a run are one space apart, so the source text is the joined phrase.
    const phrase = text.slice(tokens[headEnd - n]!.start, tokens[headEnd - 1]!.end);
    const label = lexicon.cues.last.labels.get(phrase);
    // A cue alone ("Sea", "Court") is a name only when a word precedes it in the run.
    if (label && (n < length || headEnd < c.tokenEnd || lexicon.knownNames.has(phrase))) {
      return { label, cue: lexicon.cues.last.sure.has(phrase) ? 'cue-last-sure' : 'cue-last' };
    }
  }
  return undefined;
};

/** "Joe Biden": a known first name followed by more name words. */
export const byFirstName: Typer = (c, { lexicon, tokens }) =>
  c.tokenEnd - c.tokenStart >= 2 && lexicon.firstNames.has(tokens[c.tokenStart]!.text)
    ? { label: 'PERSON', cue: 'first-name' }
    : undefined;
