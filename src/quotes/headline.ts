import type { SentenceView } from './types.js';

/** Fewest words with letters a line needs before its capitals say it is a headline. */
const MIN_HEADLINE_WORDS = 5;
/** Short words a title-case headline may leave in lower case ("Responds to Question About …"). */
const MINOR_WORDS = new Set('a an the and or but of to in on at for by as vs with from is are'.split(' '));

/**
 * A sentence set in title case or capitals, every word but the short ones capitalised ("Marco Rubio
 * Responds To Question About Minimum Wage By Saying We Need Fewer Philosophers", "KASICH JUST REVEALED THE
 * 1 THING HE THINKS"): a headline, whose verbs of saying sum up the article rather than report a clause.
 * Words inside quotation marks and clitics ("He’s" → "’s") are left out.
 */
export function isHeadline(view: SentenceView): boolean {
  // one pass that stops at the first word in lower case: every sentence is asked, most are body text
  let capitalised = 0;
  for (const w of view.words) {
    if (w.quoted || MINOR_WORDS.has(w.text) || !/^\p{L}/u.test(w.text)) continue;
    if (!/^\p{Lu}/u.test(w.text)) return false;
    capitalised++;
  }
  return capitalised >= MIN_HEADLINE_WORDS;
}
