/**
 * The TimeML extent of a timex. Our spans include a leading preposition as chrono-node's do ("on Friday",
 * "since 2018"); TimeML (TempEval-3) annotates "Friday", "2018". Scorers use this to compare extents.
 */
import type { Span, Timex } from '../doc/types.js';

// "at" stays before "least"/"most": "at least 30 days" is one modifier, never "least 30 days".
const LEADING =
  /^(?:(?:on|at(?!\s+(?:least|most)\b)|in|into|since|by|until|till|from|during|within|for|over|through|throughout|before|after)\s+)+/i;

export function timemlExtent(t: Pick<Timex, 'start' | 'end' | 'text'>): Span & { text: string } {
  const cut = LEADING.exec(t.text)?.[0].length ?? 0;
  if (cut === 0 || cut >= t.text.length) return { start: t.start, end: t.end, text: t.text };
  return { start: t.start + cut, end: t.end, text: t.text.slice(cut) };
}
