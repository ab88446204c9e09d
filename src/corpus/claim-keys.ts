import type { Event, Quote } from '../doc/types.js';

/**
 * What makes two reports the same claim within a story. Actors are corpus entity ids (cross-article
 * identities), so "Putin" in one article and "Vladimir Putin" in another are the same source.
 */

/**
 * An event claim: PLOVER type, source and target corpus entities, and negation ("did not meet" is another
 * claim than "met"). Undefined for events with neither actor (too vague to say two articles report the
 * same one) and for hypothetical events (nobody reports them as happened).
 */
export function eventClaimKey(
  event: Event,
  corpusIdOf: (entityId?: string) => number | undefined,
): string | undefined {
  if (event.hypothetical) return undefined;
  const source = corpusIdOf(event.source);
  const target = corpusIdOf(event.target);
  if (source === undefined && target === undefined) return undefined;
  return [event.type, source ?? '-', target ?? '-', event.negated ? 'not' : 'did'].join('|');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A quote's words, lower-cased, joined by single spaces (quotation marks, punctuation and case aside). */
export function quoteWords(quote: Pick<Quote, 'text'>): string {
  return (quote.text.toLowerCase().match(WORD) ?? []).join(' ');
}

/** Prefix of every quote claim key of one speaker: `<speaker>|<words>`. */
export const quoteKeyPrefix = (speaker: number): string => `${speaker}|`;

/**
 * Two renderings of a quote are the same claim when their word bigrams overlap this much (Dice): outlets
 * trim a quote, change a word or its punctuation, but a different statement shares few bigrams.
 */
export const SAME_QUOTE_DICE = 0.8;

/** Dice coefficient of the word bigrams of two word strings (1 for two identical one-word strings). */
export function bigramDice(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  if (ga.size === 0 || gb.size === 0) return a === b ? 1 : 0;
  let both = 0;
  for (const g of ga) if (gb.has(g)) both++;
  return (2 * both) / (ga.size + gb.size);
}

function bigrams(s: string): Set<string> {
  const w = s.split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
}
