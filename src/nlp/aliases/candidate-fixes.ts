import type { Token } from '../../doc/types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { NameCandidate } from '../ner/types.js';

const LEADING_QUOTES = /^["“‘]+/u;
const TRAILING_QUOTES = /["”’]+$/u;
const ACRONYM = /^[\p{Lu}.&-]+$/u;

/**
 * Recognised names corrected before they are grouped into entities, each by a table of `data/nlp/`:
 * - quotation marks at a name's edges come off ("as “Hillary” and" read as `Hillary”`);
 * - a name that is only a title names no one ("The Shadow Secretary of State, Theresa May", "the former Miss
 *   Universe who"; titles.tsv, title-modifiers.tsv);
 * - a portfolio before its minister's title is part of the title ("the Trade and Industry Secretary"; portfolio-titles.tsv);
 * - a name's last word retypes it ("Affordable Care Act" ORG → MISC, "Election Day" ORG → EVENT;
 *   last-word-types.tsv).
 */
export function fixCandidates(
  candidates: readonly NameCandidate[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): NameCandidate[] {
  return candidates.flatMap((c) => {
    const name = withoutEdgeQuotes(c);
    if (!name || isTitleOnly(name.text, lexicon) || isPortfolio(name, tokens, lexicon)) return [];
    return [retypedByLastWord(name, lexicon)];
  });
}

function withoutEdgeQuotes(c: NameCandidate): NameCandidate | undefined {
  const lead = LEADING_QUOTES.exec(c.text)?.[0].length ?? 0;
  const trail = TRAILING_QUOTES.exec(c.text)?.[0].length ?? 0;
  if (lead === 0 && trail === 0) return c;
  const text = c.text.slice(lead, c.text.length - trail);
  if (!/\p{L}/u.test(text)) return undefined;
  return { ...c, text, start: c.start + lead, end: c.end - trail };
}

/** "Secretary", "Shadow Secretary", "Miss Universe": a title, with title modifiers before it, and nothing else. */
function isTitleOnly(text: string, lexicon: Lexicon): boolean {
  const words = text.split(' ');
  let first = 0;
  while (first < words.length - 1 && lexicon.titleModifiers.has(words[first]!)) first++;
  return lexicon.titles.has(words.slice(first).join(' '));
}

/** An organisation name right before a portfolio title, that no table lists as an organisation. */
function isPortfolio(c: NameCandidate, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (c.label !== 'ORG' || c.strong) return false;
  const next = tokens[c.tokenEnd];
  if (!next || next.start !== c.end + 1 || !lexicon.portfolioTitles.has(next.text)) return false;
  const last = c.text.split(' ').at(-1)!;
  return !(
    ACRONYM.test(c.text) ||
    lexicon.knownNames.has(c.text) ||
    lexicon.cues.last.labels.has(last) ||
    lexicon.orgHeads.has(last)
  );
}

function retypedByLastWord(c: NameCandidate, lexicon: Lexicon): NameCandidate {
  const kind = lexicon.lastWordTypes.get(c.text.split(' ').at(-1)!);
  if (!kind || c.label === undefined || !kind.from.has(c.label) || !c.text.includes(' ')) return c;
  return { ...c, label: kind.label, rule: `${c.rule}/last-word` };
}
