import type { Token } from '../../doc/types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { NameCandidate, PlaceLookup } from '../ner/types.js';

const LEADING_QUOTES = /^["“‘]+/u;
/** Closing quotation marks (also the two apostrophes some papers write for one), commas, dashes after a name. */
const TRAILING_MARKS = /(?:\s*(?:["”’',;:]|--|[–—]))+$/u;
/** An opening quotation mark and capitalised words up to the name: `“Morning ` before `Joe”`. */
const TITLE_OPENING = /(?:["“]|'')(?:\p{Lu}[\p{L}’'-]*\s+)+$/u;
const ACRONYM = /^[\p{Lu}.&-]+$/u;

/**
 * Recognised names corrected before they are grouped into entities, each by a table of `data/nlp/`:
 * - quotation marks, commas and dashes at a name's edges come off ("as “Hillary” and" read as `Hillary”`,
 *   "W.T.O. --"); the end of a quoted title is dropped ("“Morning Joe”");
 * - a numbered head takes its number ("BBC Radio 4"; numbered-heads.tsv);
 * - a name that is only a title names no one ("The Shadow Secretary of State, Theresa May", "the former Miss
 *   Universe who"; titles.tsv, title-modifiers.tsv);
 * - a portfolio before its minister's title is part of the title ("the Trade and Industry Secretary"; portfolio-titles.tsv);
 * - a name split at a title ("Arizona Sen. John" + "McCain") is the person, with the title;
 * - a day name after a name comes off ("Fox News Tuesday");
 * - a name's last word retypes it ("Affordable Care Act" ORG → MISC, "Election Day" ORG → EVENT;
 *   last-word-types.tsv).
 */
export function fixCandidates(
  text: string,
  candidates: readonly NameCandidate[],
  tokens: readonly Token[],
  lexicon: Lexicon,
  places?: PlaceLookup,
): NameCandidate[] {
  const joined = joinRomanNumerals(candidates, lexicon);
  return joinSplitTitledNames(joined, text, tokens, lexicon, places).flatMap((c) => {
    const name = withoutWeekday(withoutPrefix(withoutEdgeMarks(c), lexicon), text, lexicon);
    if (!name || isTitleOnly(name.text, lexicon) || isPortfolio(name, tokens, lexicon)) return [];
    if (name !== c && isEndOfQuotedTitle(name, text)) return [];
    return [retypedByLastWord(withNumber(name, text, lexicon), lexicon)];
  });
}

function withoutEdgeMarks(c: NameCandidate): NameCandidate | undefined {
  const lead = LEADING_QUOTES.exec(c.text)?.[0].length ?? 0;
  const trail = TRAILING_MARKS.exec(c.text)?.[0].length ?? 0;
  if (lead === 0 && trail === 0) return c;
  const text = c.text.slice(lead, c.text.length - trail);
  if (!/\p{L}/u.test(text)) return undefined;
  return { ...c, text, start: c.start + lead, end: c.end - trail };
}

const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/**
 * "the post-World War II era" cut by the tagger into "post-World War" and "II": a Roman numeral one blank after
 * a name is its last word, typed as the tables type the whole ("World War II" EVENT) or as the name before it.
 */
function joinRomanNumerals(candidates: readonly NameCandidate[], lexicon: Lexicon): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const c of candidates) {
    const prev = out.at(-1);
    if (prev && ROMAN_NUMERAL.test(c.text) && c.start === prev.end + 1) {
      const text = `${prev.text} ${c.text}`;
      const label = lexicon.knownNames.get(text.replace(WORD_PREFIX, ''))?.label ?? prev.label;
      out[out.length - 1] = { ...prev, text, end: c.end, tokenEnd: c.tokenEnd, label };
    } else out.push(c);
  }
  return out;
}

/** A lowercase prefix joined by a hyphen: "anti-Trump", "post-World War II", "pro-Israel", "mid-Atlantic". */
const WORD_PREFIX = /^(?:anti|pro|post|pre|ex|non|neo|mid|pan)-(?=\p{Lu})/u;

/**
 * "anti-Trump protesters", "the post-World War II order": the name is what follows the prefix, typed by the
 * tables when they list it (a country, a people, a named event), else as the tagger typed the whole, left to
 * join the same name elsewhere in the article ("Trump" PERSON). "then-President" is left to the title rules.
 */
function withoutPrefix(c: NameCandidate | undefined, lexicon: Lexicon): NameCandidate | undefined {
  const prefix = c && WORD_PREFIX.exec(c.text)?.[0].length;
  if (!c || !prefix) return c;
  const text = c.text.slice(prefix);
  const label =
    lexicon.countries.has(text) || lexicon.countryForms.has(text)
      ? 'GPE'
      : lexicon.demonyms.has(text)
        ? 'NORP'
        : (lexicon.knownNames.get(text)?.label ?? c.label);
  return { ...c, text, start: c.start + prefix, label, rule: `${c.rule}/prefix` };
}

/**
 * "Fox News Tuesday night", "in West Palm Beach Tuesday": a day name after a name of two words or more (or a
 * country) is no part of it; "Super Tuesday" and "Black Friday" stay whole.
 */
function withoutWeekday(
  c: NameCandidate | undefined,
  text: string,
  lexicon: Lexicon,
): NameCandidate | undefined {
  if (!c) return undefined;
  const words = c.text.split(' ');
  if (words.length < 2 || !lexicon.weekdays.has(words.at(-1)!)) return c;
  // "Super Tuesday", "Black Friday": one word before the day is a name only when a table lists it ("Iowa Tuesday")
  const rest = words.slice(0, -1).join(' ');
  if (
    words.length === 2 &&
    !lexicon.countries.has(rest) &&
    !lexicon.countryForms.has(rest) &&
    !lexicon.knownNames.has(rest)
  )
    return c;
  const end = c.end - words.at(-1)!.length - 1;
  return { ...c, end, text: text.slice(c.start, end), tokenEnd: c.tokenEnd - 1 };
}

/**
 * `Joe”` of `MSNBC’s “Morning Joe”`: a name that closed a quotation which opened on other capitalised words is
 * the end of a programme's or a work's title, no name of its own (`“Hillary”`, quoted alone, stays).
 */
function isEndOfQuotedTitle(c: NameCandidate, text: string): boolean {
  return TITLE_OPENING.test(text.slice(Math.max(0, c.start - 60), c.start));
}

/** "BBC Radio" of "BBC Radio 4's Today programme": a head the table numbers takes the number after it. */
function withNumber(c: NameCandidate, text: string, lexicon: Lexicon): NameCandidate {
  if (!lexicon.numberedHeads.has(c.text.split(' ').at(-1)!)) return c;
  const number = /^ \d{1,2}(?![\d.,:])/u.exec(text.slice(c.end, c.end + 4))?.[0];
  if (!number) return c;
  const end = c.end + number.length;
  return { ...c, end, text: text.slice(c.start, end), tokenEnd: c.tokenEnd + 1, rule: `${c.rule}/number` };
}

/** "Shadow Secretary", "Miss Universe": two words or more, a title with title modifiers before it, and nothing else. */
function isTitleOnly(text: string, lexicon: Lexicon): boolean {
  const words = text.split(' ');
  // one word alone may name a band or a body ("Queen"): the tagger's reading stands
  if (words.length < 2) return false;
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

/**
 * "Arizona Sen. John" + "McCain", "Illinois Attorney General Lisa" + "M. Madigan": the tagger ended a run of
 * other words at a title and a given name and began the person's surname as a name of its own. The two are
 * one person with that title; the words before the title are a place of their own when a table or the gazetteer
 * knows them ("Arizona"), else left out.
 */
function joinSplitTitledNames(
  candidates: readonly NameCandidate[],
  text: string,
  tokens: readonly Token[],
  lexicon: Lexicon,
  places: PlaceLookup | undefined,
): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const next = candidates[i + 1];
    const title = next ? titleBeforeGivenName(c, next, tokens, lexicon) : undefined;
    if (!next || !title) {
      out.push(c);
      continue;
    }
    const given = tokens[c.tokenEnd - 1]!;
    const entry = lexicon.titles.get(title.text)!;
    const before = placeBefore(c, title.start, text, lexicon, places);
    if (before) out.push(before);
    out.push({
      ...next,
      start: given.start,
      text: text.slice(given.start, next.end),
      tokenStart: c.tokenEnd - 1,
      label: 'PERSON',
      rule: `${next.rule}/split-title`,
      title: {
        ...title,
        ...(entry.role ? { role: entry.role } : {}),
        ...(entry.gender ? { gender: entry.gender } : {}),
      },
    });
    i++;
  }
  return out;
}

/** The title before the given name that ends `c`, when `next` (a PERSON) follows it after one space. */
function titleBeforeGivenName(
  c: NameCandidate,
  next: NameCandidate,
  tokens: readonly Token[],
  lexicon: Lexicon,
): { start: number; end: number; text: string } | undefined {
  if (c.label === 'PERSON' || next.label !== 'PERSON' || next.start !== c.end + 1) return undefined;
  const given = tokens[c.tokenEnd - 1];
  if (!given || !lexicon.firstNames.has(given.text)) return undefined;
  for (let n = Math.min(lexicon.titleWords, c.tokenEnd - 1 - c.tokenStart); n >= 1; n--) {
    const first = tokens[c.tokenEnd - 1 - n]!;
    const last = tokens[c.tokenEnd - 2]!;
    const words = tokens
      .slice(c.tokenEnd - 1 - n, c.tokenEnd - 1)
      .map((t) => t.text)
      .join(' ');
    if (lexicon.titles.get(words)?.kind === 'office')
      return { start: first.start, end: last.end, text: words };
  }
  return undefined;
}

/** "Arizona" of "Arizona Sen. John": the words before the title, as a place or people word the tables know. */
function placeBefore(
  c: NameCandidate,
  titleStart: number,
  text: string,
  lexicon: Lexicon,
  places: PlaceLookup | undefined,
): NameCandidate | undefined {
  const end = titleStart - 1;
  if (end <= c.start || text[end] !== ' ') return undefined;
  const words = text.slice(c.start, end);
  const label = lexicon.demonyms.has(words)
    ? 'NORP'
    : lexicon.countries.has(words) || lexicon.countryForms.has(words) || places?.has(words)
      ? 'GPE'
      : undefined;
  if (!label) return undefined;
  const tokenEnd = c.tokenStart + words.split(' ').length;
  return { ...c, end, text: words, tokenEnd, label, rule: `${c.rule}/before-title` };
}
