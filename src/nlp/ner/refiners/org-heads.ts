import type { EntityLabel } from '../../../doc/types.js';
import type { NameCandidate, Refiner } from '../types.js';

const ORG: EntityLabel = 'ORG';

/**
 * Organisations the tagger typed as people (or as MISC): a name of two words or more that ends in a word
 * that ends organisations' names and never people's (`data/nlp/org-heads.tsv`: "Drudge Report",
 * "Christian News Service", "Union League") is an ORG, and so is a LOC nothing placed ("Peace Corps"). The table says for each head which of the tagger's
 * types it overrides ("the Mueller Report", a document the tagger calls MISC, stays MISC). Names the
 * knowledge base knows as a person are left alone.
 */
export const retypeByOrgHeads: Refiner = (candidates, input) =>
  candidates.map((c) => {
    if (c.modelType === undefined || c.strong || c.tokenEnd - c.tokenStart < 2) return c;
    const type = overridable(c);
    if (type === undefined) return c;
    const from = headTypes(c, input.tokens, input.lexicon.orgHeads);
    if (!from?.has(type) || input.knownPerson(c.text)) return c;
    return { ...c, label: ORG, rule: `${c.rule}/org-head` };
  });

/**
 * The table's name for the candidate's type when a head may override it: PERSON, MISC, and a LOC that only the
 * fallback typed (`ner:model`, no place cue: "Peace Corps", "Wellesley College"); a LOC the gazetteer or a place
 * word typed stays a place.
 */
function overridable(c: NameCandidate): string | undefined {
  if (c.label === 'PERSON') return 'PER';
  if (c.label === 'MISC') return 'MISC';
  return c.label === 'LOC' && c.rule === 'ner:model' ? 'LOC' : undefined;
}

/** The model types the longest listed head ending the name overrides (two words, then one). */
function headTypes(
  c: NameCandidate,
  tokens: Parameters<Refiner>[1]['tokens'],
  heads: ReadonlyMap<string, ReadonlySet<string>>,
): ReadonlySet<string> | undefined {
  const last = tokens[c.tokenEnd - 1]!.text;
  const pair = c.tokenEnd - c.tokenStart > 2 ? `${tokens[c.tokenEnd - 2]!.text} ${last}` : undefined;
  return (pair !== undefined ? heads.get(pair) : undefined) ?? heads.get(last);
}
