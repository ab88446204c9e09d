import type { Candidate } from './candidate.js';
import { lineSpan, type Line } from './lines.js';
import type { LineRule } from './rules.js';

/** Longer lines are prose: page furniture is short, and a long line that matches is a body sentence. */
const MAX_BOILERPLATE_LENGTH = 120;

/** Whole lines that match a boilerplate pattern (`data/clean/boilerplate.tsv`). */
export function findBoilerplate(lines: readonly Line[], rules: readonly LineRule[]): Candidate[] {
  const found: Candidate[] = [];
  for (const line of lines) {
    if (line.blank || line.text.length >= MAX_BOILERPLATE_LENGTH) continue;
    const hit = rules.find((r) => r.pattern.test(line.text));
    if (hit) found.push({ ...lineSpan(line), line: line.index, reason: 'boilerplate', rule: hit.rule });
  }
  return found;
}
