import type { EntityLabel } from '../../../doc/types.js';
import { byApposition, byWordsAfter, byWordsBefore } from '../typers/context.js';
import { byGazetteer } from '../typers/gazetteer.js';
import { byCountry, byDemonym, byKnownName, byLastWords } from '../typers/lexicon.js';
import type { Typer } from '../typers/types.js';
import { byProductCode, byWeaponNoun } from '../typers/weapon.js';
import type { ModelType, Refiner } from '../types.js';

interface Refinement {
  /** Asked in order; the first answer whose label is in `labels` is taken. */
  typers: readonly Typer[];
  labels: ReadonlySet<EntityLabel>;
  /** When no typer answers within `labels`. */
  fallback: EntityLabel;
}

/**
 * From the model's four CoNLL types to the engine's OntoNotes-style labels. A typer may only refine within
 * the model's type (a LOC becomes GPE, LOC or FAC, never ORG): where the tables and the model disagree on
 * the type itself, `arbitrate` has already decided. LOC with no evidence stays LOC (a place we cannot
 * place); MISC with none stays MISC.
 */
const REFINEMENTS: Readonly<Record<ModelType, Refinement>> = {
  PER: { typers: [], labels: new Set(['PERSON']), fallback: 'PERSON' },
  ORG: { typers: [], labels: new Set(['ORG']), fallback: 'ORG' },
  LOC: {
    // countries and the gazetteer's states and towns → GPE; "… Sea", "… Island" → LOC; "… Base",
    // "the X test site" → FAC; "the city of X", "X, a remote archipelago" from the words around it
    typers: [byKnownName, byCountry, byLastWords, byWordsBefore, byWordsAfter, byApposition, byGazetteer],
    labels: new Set(['GPE', 'LOC', 'FAC']),
    fallback: 'LOC',
  },
  MISC: {
    // demonyms → NORP; "Cold War", "World War II", "… Games" → EVENT; weapon nouns → WEAPON; codes → PRODUCT
    typers: [byKnownName, byDemonym, byLastWords, byWeaponNoun, byProductCode],
    labels: new Set(['NORP', 'EVENT', 'WEAPON', 'PRODUCT', 'MISC']),
    fallback: 'MISC',
  },
};

/** Labels every model candidate still without one, naming the typer in its rule (`ner:model/gazetteer`). */
export const mapModelLabels: Refiner = (candidates, input) =>
  candidates.map((c) => {
    if (c.label || !c.modelType) return c;
    const refinement = REFINEMENTS[c.modelType];
    for (const typer of refinement.typers) {
      const typed = typer(c, input);
      if (typed && refinement.labels.has(typed.label))
        return { ...c, label: typed.label, rule: `${c.rule}/${typed.cue}` };
    }
    return { ...c, label: refinement.fallback };
  });
