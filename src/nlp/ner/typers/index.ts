import type { Refiner } from '../types.js';
import { byGazetteer } from './gazetteer.js';
import { byApposition, byWordsAfter, byWordsBefore } from './context.js';
import { byShape } from './fallback.js';
import { byCountry, byDemonym, byFirstName, byKnownName, byLastWords } from './lexicon.js';
import type { Typer } from './types.js';

/**
 * The typers in order: the first that answers gives the label. Lexicons are surest; a cue word inside the
 * name ("… Department") beats context; a first name beats context ("firm founder Elon Musk"); cues around
 * the name beat the gazetteer, which holds many towns named like people or words; shape is the fallback.
 */
const TYPERS: readonly Typer[] = [
  byKnownName,
  byCountry,
  byDemonym,
  byLastWords,
  byFirstName,
  byWordsBefore,
  byWordsAfter,
  byApposition,
  byGazetteer,
  byShape,
];

/** Labels every candidate a finder or an earlier refiner left unlabelled. */
export const typeCandidates: Refiner = (candidates, input) =>
  candidates.map((c) => {
    if (c.label) return c;
    for (const typer of TYPERS) {
      const typed = typer(c, input);
      if (typed) return { ...c, label: typed.label, rule: `${c.rule}/${typed.cue}` };
    }
    return c;
  });
