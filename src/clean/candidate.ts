import type { RemovalReason, Span } from '../doc/types.js';

/**
 * Something a finder proposes to remove. Whole-line candidates carry `line` and the line's trimmed raw span;
 * sentence candidates (exact repeats inside a kept paragraph) carry the sentence's raw span.
 */
export interface Candidate extends Span {
  /** Index of the line removed whole. */
  line?: number;
  /** For a sentence candidate: index of the (kept) line it is in. */
  within?: number;
  reason: RemovalReason;
  rule: string;
  duplicateOf?: Span;
}
