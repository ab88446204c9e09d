/**
 * English clause structure the quotes and events stages both read: who is the subject of which verb when a
 * subordinate clause stands between ("Trump warned of consequences if he does not accept a ceasefire – but
 * also agreed to see him": "he" is not the subject of "agreed").
 */

/** Subordinators: a subject right after one belongs to that subordinate clause ("if he does not accept …"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'if',
  'unless',
  'because',
  'although',
  'though',
  'when',
  'while',
  'whereas',
  'since',
  'until',
  'once',
]);

/** What ends a subordinate clause before a main verb: a comma, a dash, "but". */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', '–', '—', '-', 'but']);

/** A word as both stages see it: lower-cased text and universal POS tag. */
export interface ClauseWord {
  lower: string;
  pos: string;
}

/**
 * Given the words between a subject that follows a subordinator and a later verb (the cue): true when the
 * subject's own clause, with its own verb, ends among them, so the cue belongs to the main clause. "if Putin
 * doesn't show willingness to compromise" keeps Putin for "compromise": no clause end comes between.
 */
export function ownClauseEndsBetween(between: readonly ClauseWord[]): boolean {
  const verb = between.findIndex((w) => w.pos === 'VERB');
  return verb >= 0 && between.slice(verb + 1).some((w) => CLAUSE_ENDS.has(w.lower));
}
