import { tokenEndingAfter } from '../../doc/query.js';
import type { Token } from '../../doc/types.js';

/** The token range [first, end) covering the text span [start, end), or undefined when no token is in it. */
export function tokenRange(
  tokens: readonly Token[],
  start: number,
  end: number,
): [number, number] | undefined {
  const first = tokenEndingAfter(tokens, start);
  let last = first;
  while (last < tokens.length && tokens[last]!.start < end) last++;
  return last > first ? [first, last] : undefined;
}

/** The text span of tokens [first, end): from the first token's start to the last one's end. */
export function spanOfTokens(
  input: { text: string; tokens: readonly Token[] },
  first: number,
  end: number,
): { start: number; end: number; text: string } {
  const start = input.tokens[first]!.start;
  const stop = input.tokens[end - 1]!.end;
  return { start, end: stop, text: input.text.slice(start, stop) };
}
