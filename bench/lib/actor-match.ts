/**
 * Actor matching for event coding, by head word. Gold actors are strings from the annotation
 * (PLOVER `actorText`: "United Nations Emergency Relief Coordinator", "Hungarian"); a predicted actor is an
 * engine entity, known by its surface forms (canonical name and aliases).
 *
 * Definition. words(s) = the lower-cased letter/digit runs of s, with a possessive `'s` and the words
 * `the a an of and` dropped; head(s) = the last of words(s). A gold actor g and a predicted actor with
 * surface forms F match when some f in F has head(g) ∈ words(f) or head(f) ∈ words(g). So gold "Israeli
 * soldiers" matches a predicted "soldiers" or "Israeli" (the national adjective the engine often keeps as
 * the actor), "Washington" matches "Washington"; "Israel" does not match "Israeli army" (different words),
 * nor "Iran" "Iranian".
 *
 * Scoring per role (source, target) of each record: the predicted actors and the gold actors are paired
 * one to one, greedily in order; true positives = pairs. Precision = TP / predicted actors, recall =
 * TP / gold actors, micro-averaged over records and both roles; F1 their harmonic mean.
 */
import { harmonic } from './class-scores.js';

const DROPPED = new Set(['the', 'a', 'an', 'of', 'and']);
const WORD = /[\p{L}\p{N}]+/gu;

export function actorWords(s: string): string[] {
  const noPossessive = s.replace(/['’ʼ]s\b/gu, '').toLowerCase();
  return (noPossessive.match(WORD) ?? []).filter((w) => !DROPPED.has(w));
}

export function headWord(s: string): string | undefined {
  const words = actorWords(s);
  return words[words.length - 1];
}

function formsMatch(gold: string, form: string): boolean {
  const goldWords = actorWords(gold);
  const formWords = actorWords(form);
  const goldHead = goldWords[goldWords.length - 1];
  const formHead = formWords[formWords.length - 1];
  if (goldHead === undefined || formHead === undefined) return false;
  return formWords.includes(goldHead) || goldWords.includes(formHead);
}

/** Does a gold actor string match a predicted actor given by its surface forms? */
export function actorMatches(gold: string, forms: readonly string[]): boolean {
  return forms.some((f) => formsMatch(gold, f));
}

export interface ActorCounts {
  truePositives: number;
  predicted: number;
  gold: number;
}

/** One role of one record: greedy one-to-one pairing of predicted actors with gold actors. */
export function countActors(gold: readonly string[], predicted: readonly (readonly string[])[]): ActorCounts {
  const unused = [...gold];
  let truePositives = 0;
  for (const forms of predicted) {
    const i = unused.findIndex((g) => actorMatches(g, forms));
    if (i < 0) continue;
    unused.splice(i, 1);
    truePositives++;
  }
  return { truePositives, predicted: predicted.length, gold: gold.length };
}

export function addCounts(a: ActorCounts, b: ActorCounts): ActorCounts {
  return {
    truePositives: a.truePositives + b.truePositives,
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
  };
}

export function actorScores(c: ActorCounts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted === 0 ? 0 : c.truePositives / c.predicted;
  const recall = c.gold === 0 ? 0 : c.truePositives / c.gold;
  return { precision, recall, f1: harmonic(precision, recall) };
}
