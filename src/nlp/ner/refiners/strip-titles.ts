import { spanOfTokens } from '../token-index.js';
import type { Token } from '../../../doc/types.js';
import type { Lexicon, TitleEntry } from '../../lexicon/index.js';
import type { NameCandidate, RecognizerInput, Refiner, TitleInfo } from '../types.js';
import { isAcronym, isNameWord } from '../words.js';

/**
 * Takes titles out of names: "Russian President Vladimir Putin" → PERSON "Vladimir Putin" with title
 * {role: president, country: RU} and a separate candidate "Russian"; "Ukraine's President Volodymyr
 * Zelensky" → country from the possessive; "predecessor Joe Biden" → a lowercase descriptor before the run.
 * A run that is nothing but a title ("the President said") is dropped.
 */
export const stripTitles: Refiner = (candidates, input) => {
  const out: NameCandidate[] = [];
  for (const c of candidates) {
    if (c.strong || isWholeName(c, input)) {
      out.push(c);
      continue;
    }
    const inside = titleInside(c, input);
    if (inside) {
      if (inside.countryToken !== undefined)
        out.push(sub(c, input, inside.countryToken, inside.countryToken + 1));
      const ofEnd = afterOf(input, inside.nameStart, c.tokenEnd);
      if (ofEnd !== undefined) {
        // "President of Brazil", "Speaker of the House": an office of a place or body, not a person
        if (ofEnd < c.tokenEnd) out.push(sub(c, input, ofEnd, c.tokenEnd));
      } else if (inside.nameStart < c.tokenEnd) {
        out.push(titledPerson(c, input, inside));
      }
      continue;
    }
    const within = titleWithin(c, input);
    if (within) {
      out.push(titledPerson(c, input, within));
      continue;
    }
    const before = descriptorBefore(c, input);
    out.push(before ? { ...c, label: 'PERSON', rule: 'ner:caps/descriptor', title: before } : c);
  }
  return out;
};

/**
 * An office title inside the run after the name of the body that confers it ("Homeland Security Secretary Jeh
 * Johnson", "Bank of England Governor Mervyn King"): the person is the two or three name words after it; the
 * body's name before the title is dropped (alone it is a fragment: "Homeland Security"); a place there keeps
 * the run whole for the geo stage. The words after the
 * title must not end in an organisation word ("… Secretary General Assembly").
 */
function titleWithin(c: NameCandidate, input: RecognizerInput) {
  const { tokens, lexicon } = input;
  for (let at = c.tokenStart + 1; at < c.tokenEnd - 2; at++) {
    const t = titleAt(tokens, at, c.tokenEnd, lexicon, OFFICES);
    if (!t) continue;
    const nameStart = at + t.length;
    const name = tokens.slice(nameStart, c.tokenEnd);
    if (name.length < 2 || name.length > 3) return undefined;
    if (!name.every((w) => isNameWord(w.text) && !isAcronym(w.text))) return undefined;
    if (lexicon.cues.last.labels.has(name[name.length - 1]!.text)) return undefined;
    if (titleAt(tokens, nameStart, c.tokenEnd, lexicon, CAPITALISED_TITLES)) return undefined;
    // "Toledo Mayor Carty Finkbeiner" stays whole: the geo stage reads the place of the office at its start
    if (input.gazetteer?.has(spanOfTokens(input, c.tokenStart, at).text)) return undefined;
    const title = titleInfo(input, c.tokenStart, nameStart, t.entry, undefined);
    return { nameStart, title };
  }
  return undefined;
}

/** Where the name after "of" / "of the" starts when token `at` is "of", else undefined. */
function afterOf(input: RecognizerInput, at: number, end: number): number | undefined {
  if (at >= end || input.tokens[at]!.text !== 'of') return undefined;
  return input.tokens[at + 1]?.text === 'the' ? at + 2 : at + 1;
}

/** "General Motors", "Supreme Court": the run is a name in itself, its first word no title. */
function isWholeName(c: NameCandidate, input: RecognizerInput): boolean {
  const { lexicon } = input;
  return lexicon.knownNames.has(c.text) || lexicon.cues.last.labels.has(input.tokens[c.tokenEnd - 1]!.text);
}

/** Longest title (office or honorific) starting at token `at`, within [at, end). */
export function titleAt(
  tokens: readonly Token[],
  at: number,
  end: number,
  lexicon: Lexicon,
  kinds: ReadonlySet<string>,
) {
  for (let n = Math.min(lexicon.titleWords, end - at); n >= 1; n--) {
    const phrase = tokens
      .slice(at, at + n)
      .map((t) => t.text)
      .join(' ');
    const entry = lexicon.titles.get(phrase);
    if (entry && kinds.has(entry.kind)) return { entry, length: n };
  }
  return undefined;
}

export const CAPITALISED_TITLES: ReadonlySet<string> = new Set(['office', 'honorific']);
const DESCRIPTORS: ReadonlySet<string> = new Set(['descriptor']);
const OFFICES: ReadonlySet<string> = new Set(['office']);
const POSSESSIVE = /^['’]s$/;

function titleInside(c: NameCandidate, input: RecognizerInput) {
  const { tokens, lexicon } = input;
  let k = c.tokenStart;
  let country: string | undefined;
  let countryToken: number | undefined;
  const first = tokens[k]!.text;
  const firstCountry =
    lexicon.demonyms.get(first) ?? lexicon.countries.get(first) ?? lexicon.knownNames.get(first)?.country;
  if (firstCountry !== undefined && titleAt(tokens, k + 1, c.tokenEnd, lexicon, CAPITALISED_TITLES)) {
    country = firstCountry || undefined;
    countryToken = k;
    k++;
  }
  const merged: Partial<TitleEntry> = {};
  let found = false;
  for (let t = titleAt(tokens, k, c.tokenEnd, lexicon, CAPITALISED_TITLES); t;) {
    found = true;
    if (t.entry.role && !merged.role) merged.role = t.entry.role;
    if (t.entry.gender) merged.gender = t.entry.gender;
    k += t.length;
    t = titleAt(tokens, k, c.tokenEnd, lexicon, CAPITALISED_TITLES);
  }
  if (!found) return undefined;
  country ??= possessiveCountry(c.tokenStart, input);
  const titleStart = countryToken === undefined ? c.tokenStart : countryToken;
  const titleFrom =
    country && countryToken === undefined && possessiveCountry(c.tokenStart, input)
      ? c.tokenStart - 2
      : titleStart;
  const title = titleInfo(input, titleFrom, k, merged, country);
  return { nameStart: k, countryToken, title };
}

/** "Ukraine ’s President …": the country of a possessive just before token `at`. */
function possessiveCountry(at: number, input: RecognizerInput): string | undefined {
  const { tokens, lexicon } = input;
  if (at < 2 || !POSSESSIVE.test(tokens[at - 1]!.text)) return undefined;
  const owner = tokens[at - 2]!.text;
  return lexicon.countries.get(owner) ?? lexicon.knownNames.get(owner)?.country;
}

/** A lowercase descriptor right before the run ("predecessor Joe Biden", "Russian leader Vladimir Putin"). */
function descriptorBefore(c: NameCandidate, input: RecognizerInput): TitleInfo | undefined {
  const { tokens, lexicon } = input;
  for (let n = Math.min(2, c.tokenStart); n >= 1; n--) {
    const at = c.tokenStart - n;
    if (tokens[at]!.sentence !== c.sentence) continue;
    const t = titleAt(tokens, at, c.tokenStart, lexicon, DESCRIPTORS);
    if (!t || t.length !== n) continue;
    const owner = tokens[at - 1];
    const ownerCountry =
      owner && owner.sentence === c.sentence
        ? (lexicon.demonyms.get(owner.text) ??
          lexicon.countries.get(owner.text) ??
          lexicon.knownNames.get(owner.text)?.country)
        : undefined;
    const country = ownerCountry || possessiveCountry(at, input);
    const from = ownerCountry ? at - 1 : country ? at - 2 : at;
    return titleInfo(input, from, c.tokenStart, t.entry, country);
  }
  return undefined;
}

export function titleInfo(
  input: RecognizerInput,
  first: number,
  end: number,
  entry: Partial<TitleEntry>,
  country: string | undefined,
): TitleInfo {
  return {
    ...spanOfTokens(input, first, end),
    ...(entry.role ? { role: entry.role } : {}),
    ...(entry.gender ? { gender: entry.gender } : {}),
    ...(country ? { country } : {}),
  };
}

/** The person's name after its title, typed PERSON and carrying the title. */
function titledPerson(
  c: NameCandidate,
  input: RecognizerInput,
  found: { nameStart: number; title: TitleInfo },
): NameCandidate {
  return {
    ...sub(c, input, found.nameStart, c.tokenEnd),
    label: 'PERSON',
    rule: 'ner:caps/title',
    title: found.title,
  };
}

function sub(c: NameCandidate, input: RecognizerInput, first: number, end: number): NameCandidate {
  return { ...c, ...spanOfTokens(input, first, end), tokenStart: first, tokenEnd: end };
}
