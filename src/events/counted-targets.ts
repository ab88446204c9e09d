/**
 * Counted victims (data/events/counted-targets.tsv): "Taliban suicide bombers killed 48 people", "Libya
 * freed 37 prisoners". The object is a group the text counts instead of naming, so no actor fills the
 * target slot and a cue that needs a target would be dropped; for the table's cue types a counted object
 * of people is the target the cue needs. The subject must be an actor of its own: "a car bomb in Kiev
 * killed 12 people" is no event by Kiev.
 */
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import type { Arguments } from './arguments.js';
import type { CueMatch } from './match-cues.js';
import { isPassive } from './subject.js';
import type { SentenceView } from './view.js';

export interface CountedTargetTables {
  types: ReadonlySet<string>;
  heads: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  /** Words that may come before the count: "another 40", "at least 26", "more than 300", "nearly 1,000". */
  beforeCount: ReadonlySet<string>;
  /** Sentences in which no cue may keep by this rule (the must-not-match rows, read by the tests). */
  mustNot: readonly string[];
}

export function loadCountedTargetTables(): CountedTargetTables {
  const rows = readTsv(dataFile('events', 'counted-targets.tsv'));
  const value = (kind: string): string[] =>
    rows.filter((r) => r['kind'] === kind).map((r) => (r['value'] ?? '').trim());
  const words = (kind: string): Set<string> =>
    new Set(value(kind).flatMap((v) => v.toLowerCase().split('|')));
  return {
    types: new Set(value('type')),
    heads: words('head'),
    numbers: words('number'),
    beforeCount: words('before-count'),
    mustNot: value('must-not'),
  };
}

/** Modifiers between the count and the head: "40 opposition politicians", "two American hostages". */
const MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);
const MAX_MODIFIERS = 3;

function isCount(view: SentenceView, i: number, t: CountedTargetTables): boolean {
  const w = view.lower[i] ?? '';
  return view.tokens[i]?.pos === 'NUM' || /^\d[\d,.]*$/.test(w) || t.numbers.has(w);
}

/** Whether the cue's object, right after it, counts people of the table's kinds. */
function countedObject(view: SentenceView, from: number, t: CountedTargetTables): boolean {
  let i = from;
  while (i < view.tokens.length && t.beforeCount.has(view.lower[i] ?? '') && !isCount(view, i, t)) i++;
  if (!isCount(view, i, t)) return false;
  i++;
  // "dozens of activists", "40 of the prisoners"
  if (view.lower[i] === 'of') i++;
  if (view.lower[i] === 'the') i++;
  for (let n = 0; n <= MAX_MODIFIERS && i < view.tokens.length; n++, i++) {
    if (t.heads.has(view.lower[i] ?? '')) return true;
    if (!MODIFIERS.has(view.tokens[i]!.pos) || view.actorStartingAt[i]) return false;
  }
  return false;
}

export function hasCountedTarget(
  view: SentenceView,
  match: CueMatch,
  args: Arguments,
  t: CountedTargetTables,
): boolean {
  const { row, tokStart, tokEnd } = match;
  if (args.target || !row.type || !t.types.has(row.type) || row.pos === 'N') return false;
  const source = args.source;
  // a place inside the subject's noun phrase ("a car bomb in Kiev") is no actor of the cue
  if (!source || args.sourceSlot !== 'subj' || view.tokens[source.tokStart - 1]?.pos === 'ADP') return false;
  return !isPassive(view, tokStart) && countedObject(view, tokEnd, t);
}
