import { spanIndexAt } from '../../doc/query.js';
import type { Span } from '../../doc/types.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Spans of quoted speech: “…”, "…" and ‘…’, never across a line break. A right single quote between two
 * letters ("doesn’t", "Putin’s") is an apostrophe, not a closing quote; ‘ opens only where a word starts.
 * An unclosed quote runs to the end of its line (news paragraphs often leave a multi-paragraph quote open).
 */
export function quotedRegions(text: string): Span[] {
  const regions: Span[] = [];
  let open: { at: number; close: string } | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (open) regions.push({ start: open.at, end: i });
      open = undefined;
      continue;
    }
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (open) {
      const closes = ch === open.close && (ch !== '’' || !LETTER_OR_DIGIT.test(after));
      if (closes) {
        regions.push({ start: open.at, end: i + 1 });
        open = undefined;
      }
      continue;
    }
    if (ch === '“') open = { at: i, close: '”' };
    else if (ch === '"') open = { at: i, close: '"' };
    else if (ch === '‘' && !LETTER_OR_DIGIT.test(before)) open = { at: i, close: '’' };
  }
  if (open) regions.push({ start: open.at, end: text.length });
  return regions;
}

/** Whether `offset` lies inside one of `regions` (sorted, disjoint). */
export function insideAny(regions: readonly Span[], offset: number): boolean {
  return spanIndexAt(regions, offset) >= 0;
}
