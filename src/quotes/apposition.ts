import type { Word } from './types.js';

/** Words that open a relative clause on a noun phrase ("an official who was briefed …"). */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);
const VERB_POS = new Set(['VERB', 'AUX']);
const END_PUNCT = /^[.!?;:]$/u;

/**
 * Words from `from` to the first comma, relative pronoun or sentence end are a noun phrase with no verb:
 * after an inverted attribution ("…, said Jane Porter, the site's editor", "…, said an official who was
 * briefed") such words name or describe the source; they are not a reported clause. Judged only with POS
 * tags; a "that" or "to" at `from` opens a clause and is never a noun phrase.
 */
export function nounPhraseOnly(words: readonly Word[], from: number): boolean {
  const first = words[from];
  if (!first || first.quoted || first.lower === 'that' || first.lower === 'to') return false;
  let seen = 0;
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    if (w.text === ',' || RELATIVES.has(w.lower) || END_PUNCT.test(w.text)) break;
    if (w.pos === '' || w.quoted || VERB_POS.has(w.pos)) return false;
    seen++;
  }
  return seen > 0;
}
