import type { Token } from '../../doc/types.js';

/** Index of the first token ending after `offset` (tokens are sorted and disjoint). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token range [first, end) covering the text span [start, end), or undefined when no token is in it. */
export function tokenRange(
  tokens: readonly Token[],
  start: number,
  end: number,
): [number, number] | undefined {
  const first = tokenAtOrAfter(tokens, start);
  let last = first;
  while (last < tokens.length && tokens[last]!.start < end) last++;
  return last > first ? [first, last] : undefined;
}
