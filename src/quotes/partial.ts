import type { DirectSpan, SentenceView } from './types.js';

/** What may stand right before the opening mark of a quotation that is not woven into a clause. */
const STANDS_ALONE_AFTER = /[:,;([—–-]$/u;

/**
 * A partial quotation: its opening mark follows a word of the writer's own clause ("has called the summit
 * a ‘feel-out meeting’", "warned of ‘very severe consequences’"), not a colon or comma that introduces
 * the speaker's words ("told CNN: “…”", "said Tuesday, “…”"), nor the start of a sentence. Such a quote
 * stays a direct quote (its marked words are the speaker's) under the rule `direct:partial`; PolNeAR
 * annotates it inside a longer indirect Content instead.
 */
export function isWovenIn(text: string, q: DirectSpan, view: SentenceView): boolean {
  const before = text.slice(view.start, q.open).trimEnd();
  return before !== '' && !STANDS_ALONE_AFTER.test(before) && /[\p{L}\p{N}]$/u.test(before);
}
