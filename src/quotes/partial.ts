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

/**
 * A quotation that finishes the writer's sentence: it opens in lower case after a comma or dash, and either
 * no cue comes before it in the sentence ("Unless further rivals quit the race, ‘it's very difficult to see
 * how he is stopped’"; "Ben Carson, ‘a real black president’") or the cue's "that" clause has begun ("Ryan
 * said it’s unrealistic to think that if the U.S. pulls back, “our oceans are going to save us.”"). After
 * "he said," or "he told Chris Cuomo of CNN after the debate," a lower-case quotation is the speaker going
 * on ("Sherry said, ‘and ambition is not a bad thing.’"), so that stays a whole quotation.
 */
export function finishesWritersSentence(text: string, q: DirectSpan, view: SentenceView): boolean {
  if (!/^\p{Ll}/u.test(text.slice(q.start, q.end).trimStart())) return false;
  if (!/[,—–]$/u.test(text.slice(view.start, q.open).trimEnd())) return false;
  const cue = view.cues.findLast((c) => view.words[c.last]!.end <= q.open);
  if (!cue) return true;
  return view.words.slice(cue.last + 1).some((w) => w.end <= q.open && w.lower === 'that');
}
