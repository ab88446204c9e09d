/**
 * Whether a predicted speaker is the gold Source of a quote. Right when either
 * - the predicted speaker span (the mention in the text) overlaps a fragment of the gold Source span, or
 * - the predicted speaker entity's name contains, as a whole word (case-insensitive), a head word of the
 *   Source: its last word, or the last word of its first run of capitalised words (its proper-noun head):
 *   "Sen. Elizabeth Warren (D-Mass.)" → `mass`, `warren`; "a spokesman for Hillary Clinton" → `clinton`.
 * A run of capitalised words continues across white space and abbreviation dots only.
 */
import type { Span } from '../../src/doc/types.js';
import { overlapLength } from './span-match.js';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const CAPITALISED = /^\p{Lu}/u;
const RUN_GAP = /^[\s.]*$/u;

export function sourceHeadWords(source: string): string[] {
  const words = [...source.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const last = words[words.length - 1];
  if (!last) return [];
  const heads = new Set([last.text.toLowerCase()]);
  const first = words.findIndex((w) => CAPITALISED.test(w.text));
  if (first >= 0) {
    let end = first;
    while (
      end + 1 < words.length &&
      CAPITALISED.test(words[end + 1]!.text) &&
      RUN_GAP.test(source.slice(words[end]!.end, words[end + 1]!.start))
    )
      end++;
    heads.add(words[end]!.text.toLowerCase());
  }
  return [...heads];
}

export interface PredictedSpeaker {
  span?: Span;
  name?: string;
}

export interface GoldSource {
  fragments: readonly Span[];
  text: string;
}

export function speakerIsRight(predicted: PredictedSpeaker, gold: GoldSource): boolean {
  const { span, name } = predicted;
  if (span && gold.fragments.some((f) => overlapLength(f, span) > 0)) return true;
  if (!name) return false;
  const nameWords = new Set((name.match(WORD) ?? []).map((w) => w.toLowerCase()));
  return sourceHeadWords(gold.text).some((head) => nameWords.has(head));
}
