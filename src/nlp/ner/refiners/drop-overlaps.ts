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
  const taken = new Uint8Array(input.tokens.length);
  const kept: NameCandidate[] = [];
  for (const c of order) {
    let free = true;
    for (let k = c.tokenStart; k < c.tokenEnd && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, c.tokenStart, c.tokenEnd);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};
