import type { Typer } from './types.js';
import { isAcronym } from '../words.js';

const LETTERS_ONLY = /^[\p{L}.'’-]+$/u;

/**
 * When no cue speaks: two or more plain words are most often a person in news ("Novak Djokovic"), an
 * acronym an organisation; anything else stays MISC, and the alias step may still type it (a lone
 * "Putin" becomes the PERSON "Vladimir Putin").
 */
export const byShape: Typer = (c, { tokens }) => {
  const words = tokens.slice(c.tokenStart, c.tokenEnd);
  // A code no designation rule took ("COVID-19", "A320") is not ours to type: leave it unlabelled.
  if (words.length === 1 && /\d/.test(words[0]!.text)) return undefined;
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((t) => LETTERS_ONLY.test(t.text) && !isAcronym(t.text))
  ) {
    return { label: 'PERSON', cue: 'shape' };
  }
  if (words.length === 1 && isAcronym(words[0]!.text)) return { label: 'ORG', cue: 'acronym' };
  return { label: 'MISC', cue: 'unknown' };
};
