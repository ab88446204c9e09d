import type { NameCandidate, Refiner } from '../types.js';

/**
 * Overlapping candidates: the longest wins, then a strong one (designation, lexicon), then the earlier.
 * Greedy over candidates sorted by that order, marking the tokens each kept one covers.
 */
export const dropOverlaps: Refiner = (candidates, input) => {
  const order = [...candidates].sort(
    (a, b) =>
      b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) ||
      b.end - b.start - (a.end - a.start) ||
      Number(b.strong ?? false) - Number(a.strong ?? false) ||
      a.start - b.start,
  );
  return keepDisjoint(order, input.tokens.length);
};

/**
 * The candidates, in the given order of preference, that share no token with one kept before them; in text
 * order. `tokenCount` is the sentence's or document's token count (the candidates' token indexes lie below).
 */
export function keepDisjoint(order: readonly NameCandidate[], tokenCount: number): NameCandidate[] {
  const taken = new Uint8Array(tokenCount);
  const kept: NameCandidate[] = [];
  for (const c of order) {
    let free = true;
    for (let k = c.tokenStart; k < c.tokenEnd && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, c.tokenStart, c.tokenEnd);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
