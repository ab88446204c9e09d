import type { EntityLabel } from '../../../doc/types.js';
import type { NameCandidate, Refiner } from '../types.js';
import { cueOf } from './adopt-rule-facts.js';
import { keepDisjoint } from './drop-overlaps.js';

/** Lexicon tables that list the whole name: a known institution or event, a country. */
const LISTED_CUES: ReadonlySet<string> = new Set(['known', 'country']);
const PLACE_LABELS: ReadonlySet<EntityLabel> = new Set(['GPE', 'LOC', 'FAC']);
/** Rule evidence good enough to add a name the model did not see at all. */
const EVIDENCE_CUES: ReadonlySet<string> = new Set([
  ...LISTED_CUES,
  'cue-last',
  'cue-last-sure',
  'demonym',
  'cue-before',
  'cue-after',
  'apposition',
]);

const fromRules = (c: NameCandidate): boolean => c.modelType === undefined;

/** Token extents of the model's names, so a rule can tell whether it only agrees with one. */
type ModelExtents = ReadonlySet<string>;
const extent = (c: NameCandidate): string => `${c.tokenStart}:${c.tokenEnd}`;

/**
 * Where the model's names and the rules' names overlap, who wins, best first. A candidate that passes no
 * test is dropped. The rules win only where they are surer than a statistical tagger trained on 1996 wire
 * news: weapon designations it never saw, people introduced by a capitalised title (the title also gives
 * role, country and gender), names a table lists whole (known names, countries), names whose last word is
 * a sure cue (name-cues.tsv: "Barents Sea", "Elmendorf Air Force Base"), a people the demonym table lists
 * where the model took the same words ("New Zealanders" typed ORG), and a place typed by a weaker
 * last word where the model cut the name differently. Where the model found the same extent as a place
 * typed by a weak cue, its own type stands ("Manchester City" the club stays ORG).
 */
export const PRECEDENCE: readonly {
  name: string;
  wins: (c: NameCandidate, model: ModelExtents) => boolean;
}[] = [
  { name: 'designation', wins: (c) => fromRules(c) && c.rule.startsWith('ner:designation') }, // "9M730 Burevestnik"
  { name: 'titled person', wins: (c) => fromRules(c) && c.rule === 'ner:caps/title' }, // "President X"
  { name: 'listed name', wins: (c) => fromRules(c) && LISTED_CUES.has(cueOf(c)) }, // "Kremlin", "Crimea"
  { name: 'sure last word', wins: (c) => fromRules(c) && cueOf(c) === 'cue-last-sure' }, // "Barents Sea"
  {
    // the demonym table lists the whole name, but only retypes what the model cut the same way: "Democratic"
    // must not cut "Democratic Party" short
    name: 'people by the demonym table, same extent',
    wins: (c, model) => fromRules(c) && cueOf(c) === 'demonym' && model.has(extent(c)),
  }, // "New Zealanders gave money" typed ORG, "a Serb" typed LOC
  {
    name: 'place by its last word, cut otherwise',
    wins: (c, model) =>
      fromRules(c) &&
      cueOf(c) === 'cue-last' &&
      c.label !== undefined &&
      PLACE_LABELS.has(c.label) &&
      !model.has(extent(c)),
  }, // "the Pacific Coast" where the model took only "Pacific"
  { name: 'model', wins: (c) => c.modelType !== undefined },
  { name: 'rule evidence', wins: (c) => fromRules(c) && EVIDENCE_CUES.has(cueOf(c)) }, // "the Pankovo test site"
];

function rank(c: NameCandidate, model: ModelExtents): number {
  const at = PRECEDENCE.findIndex((p) => p.wins(c, model));
  return at < 0 ? PRECEDENCE.length : at;
}

/**
 * Keeps one candidate per token: by PRECEDENCE, then the longer, then the earlier. Greedy over candidates
 * in that order, marking the tokens each kept one covers; those ranked below every test are dropped.
 */
export const arbitrate: Refiner = (candidates, input) => {
  const model = new Set(candidates.filter((c) => c.modelType !== undefined).map(extent));
  const ranked = candidates
    .map((c) => ({ c, rank: rank(c, model) }))
    .filter((r) => r.rank < PRECEDENCE.length)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.c.tokenEnd - b.c.tokenStart - (a.c.tokenEnd - a.c.tokenStart) ||
        a.c.start - b.c.start,
    );
  return keepDisjoint(
    ranked.map((r) => r.c),
    input.tokens.length,
  );
};
