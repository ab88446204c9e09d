import type { DirectSpan, SentenceView } from './types.js';

/** What may stand right before the opening mark of a quotation that is not woven into a clause. */
const STANDS_ALONE_AFTER = /[:,;([—–-]$/u;

/**
 * A partial quotation: its opening mark follows a word of the writer's own clause ("has called the summit
 * a ‘feel-out meeting’", "warned of ‘very severe consequences’"), not a colon or comma that introduces
 * the speaker's words ("told CNN: “…”", "said Tuesday, “…”"), nor the start of a sentence, nor a cue verb
 * that takes the quotation as its whole complement ("She declared “What a Super Tuesday!”", "He says “…”").
 * Such a quote stays a direct quote (its marked words are the speaker's) flagged `partial`, whichever side
 * its cue is on; PolNeAR annotates it inside a longer indirect Content instead. (A cue right before the mark
 * scored 0.2 points lower on PolNeAR dev and 0.1 higher on its ten times larger train split.)
 */
export function isWovenIn(text: string, q: DirectSpan, view: SentenceView): boolean {
  const before = text.slice(view.start, q.open).trimEnd();
  if (before === '' || STANDS_ALONE_AFTER.test(before) || !/[\p{L}\p{N}]$/u.test(before)) return false;
  const lastWord = view.words.findLastIndex((w) => w.end <= q.open);
  return !view.cues.some((c) => c.last === lastWord && (c.entry.clause || c.entry.bare));
}

/**
 * A quotation the writer's clause runs on after ("“You squeezed employees to the breaking point” to drive up
 * the stock price"): the closing mark is followed, in the same sentence, by a lower-case word. A cue right
 * after the mark ("“…” he said") is an attribution, not a clause going on; the caller checks that first.
 */
export function runsOnAfter(text: string, q: DirectSpan, view: SentenceView): boolean {
  if (q.close === undefined || q.close >= view.end) return false;
  // "“…,” the ad says": a comma closing the quotation hands over to an attribution we may not know
  if (/[,?!]$/u.test(text.slice(q.start, q.end))) return false;
  return /^\s+\p{Ll}/u.test(text.slice(q.close + 1, view.end));
}
