import type { SpeakerCandidate, Word } from './types.js';

const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * A name that only modifies a title or speaker noun: "the Work and Pensions Secretary" (tagged as one ORG
 * name), "the Trade and Industry Secretary" (the name "Trade and Industry" and the title after it), "a
 * Homeland Security official". The speaker is the officeholder or person described, not the organisation:
 * the candidate becomes a description (no entity id) from its determiner to the title, which the described
 * speaker step may link to the person the article gives that title. A person's name before a title is kept
 * ("Clinton spokesman" is handled as a group, "the Clinton campaign" stays Clinton's), and so is a person's
 * own description the nlp stage linked ("The businessman").
 */
export function titleDescription(
  c: SpeakerCandidate,
  words: readonly Word[],
  titleHeads: ReadonlySet<string>,
  speakerNouns: ReadonlySet<string>,
  person: boolean,
): SpeakerCandidate | undefined {
  // a person's own mention ("The businessman", found and linked by the nlp stage) stays theirs
  if (person) return undefined;
  const last = words[c.last]!;
  const next = words[c.last + 1];
  let head: number | undefined;
  if (c.last > c.first && /^\p{Ll}/u.test(last.text) && speakerNouns.has(last.lower)) head = c.last;
  else if (c.last > c.first && /^\p{Lu}/u.test(last.text) && titleHeads.has(last.lower)) head = c.last;
  else if (next && !next.quoted && /^\p{Lu}/u.test(next.text) && titleHeads.has(next.lower))
    head = c.last + 1;
  if (head === undefined) return undefined;
  const det = words[c.first - 1];
  const first = det && !det.quoted && DETERMINERS.has(det.lower) ? c.first - 1 : c.first;
  return { kind: 'group', first, last: head, start: words[first]!.start, end: words[head]!.end };
}

/** Most capitalised words a portfolio may have before its title ("Trade and Industry", "Work and Pensions"). */
const MAX_PORTFOLIO_WORDS = 4;

/**
 * A portfolio title no mention covers: "the Trade and Industry Secretary has said", when the nlp stage tags
 * nothing there (the portfolio is not a name of its own). The whole phrase, from its determiner to the
 * capitalised title head, is a description candidate (no entity id) that the described speaker step may
 * link to the person holding the title. Not when a name follows the head ("Foreign Secretary Jack Straw":
 * the name is the speaker) or "of" does ("Secretary of State", a longer title), and not without a
 * capitalised portfolio word before the head.
 */
export function portfolioTitles(
  words: readonly Word[],
  titleHeads: ReadonlySet<string>,
  taken: (i: number) => boolean,
): SpeakerCandidate[] {
  const out: SpeakerCandidate[] = [];
  for (let head = 0; head < words.length; head++) {
    const w = words[head]!;
    // the title-head lookup first: it rules out almost every word, and this runs over every sentence
    if (!titleHeads.has(w.lower) || w.quoted || taken(head) || !/^\p{Lu}/u.test(w.text)) continue;
    const next = words[head + 1];
    if (next && !next.quoted && (/^\p{Lu}/u.test(next.text) || next.lower === 'of')) continue;
    let first = head;
    while (first > 0 && head - first < MAX_PORTFOLIO_WORDS) {
      const p = words[first - 1]!;
      const portfolio = /^\p{Lu}\p{Ll}/u.test(p.text) || (p.lower === 'and' && first < head);
      if (p.quoted || DETERMINERS.has(p.lower) || taken(first - 1) || !portfolio) break;
      first--;
    }
    if (words[first]!.lower === 'and') first++;
    if (first === head) continue;
    const det = words[first - 1];
    if (det && !det.quoted && DETERMINERS.has(det.lower)) first--;
    out.push({ kind: 'group', first, last: head, start: words[first]!.start, end: words[head]!.end });
  }
  return out;
}
