import type { NameCandidate, Refiner } from '../types.js';

/** Rule cues that type a name from the words around it, not from the name itself. */
const CONTEXT_CUES: ReadonlySet<string> = new Set(['cue-before', 'cue-after', 'apposition']);

/** The cue that typed a rule candidate: `ner:caps/cue-last` → `cue-last`. */
export function cueOf(c: NameCandidate): string {
  return c.rule.split('/')[1] ?? '';
}

const extent = (c: NameCandidate): string => `${c.tokenStart}:${c.tokenEnd}`;

/**
 * Where the rules found exactly the model's name, the model's candidate takes what the rules know that the
 * tagger cannot say:
 * - a type from the words around it ("satellite firm Maxar Technologies", "Zmiinyi, a small island", "the
 *   Pankovo test site"): the words say what the name is more plainly than the tagger's weights;
 * - the title before a person the model also took for one ("predecessor Joe Biden"), which gives the
 *   person's role, country and gender.
 */
export const adoptRuleFacts: Refiner = (candidates) => {
  const fromRules = new Map<string, NameCandidate>();
  for (const c of candidates) if (c.modelType === undefined) fromRules.set(extent(c), c);
  return candidates.map((c) => {
    const rule = c.modelType && !c.label ? fromRules.get(extent(c)) : undefined;
    if (!rule?.label) return c;
    if (CONTEXT_CUES.has(cueOf(rule))) return { ...c, label: rule.label, rule: `ner:model/${cueOf(rule)}` };
    if (c.modelType === 'PER' && rule.label === 'PERSON' && rule.title) return { ...c, title: rule.title };
    return c;
  });
};
