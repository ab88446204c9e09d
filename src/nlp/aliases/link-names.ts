import type { EntityLabel } from '../../doc/types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { NameCandidate } from '../ner/types.js';
import type { GroupFacts, WorkMention } from './types.js';
import { isFullName, joinFullNames, lastWord, resolveSurnames } from './surnames.js';
import { joinNameVariants } from './name-variants.js';
import { joinWrittenForms } from './written-forms.js';
import { joinGivenNames, voteTypes } from './type-votes.js';
import { UnionFind } from './union-find.js';

/**
 * One group per identity among the recognised names:
 * - full names of one person ("Hillary Rodham Clinton", "Hillary Clinton"; never "Bill Clinton"), see
 *   `joinFullNames`;
 * - a one-word name that is the surname of a person named in full goes to the person it fits (gender,
 *   recency; see `resolveSurnames`), whatever the recognizer typed it (a surname can be a town somewhere);
 * - otherwise the same text of the same kind is the same identity ("Putin" … "Putin"; see KIND), whichever
 *   apostrophe it is written with ("O’Neill", "O'Neill");
 * - a country under any of its names is one identity ("United States", "US", "U.S.", "Britain", "UK").
 */
export function linkNames(
  text: string,
  candidates: readonly NameCandidate[],
  lexicon: Lexicon,
  sets: UnionFind,
): WorkMention[] {
  const mentions: WorkMention[] = candidates.map((c) => ({
    start: c.start,
    end: c.end,
    text: sameApostrophes(c.text),
    label: c.label ?? 'MISC',
    sentence: c.sentence,
    rule: c.rule,
    group: sets.add(),
    kind: 'name',
    ...(c.title ? { titled: text.slice(Math.min(c.title.start, c.start), c.end) } : {}),
    ...(c.strong ? { strong: true } : {}),
    ...factsOf(c, lexicon),
  }));

  const fullNames = mentions.filter(isFullName);
  joinFullNames(fullNames, sets);
  const surnames = new Set(fullNames.map((m) => lastWord(m.text)));
  const inOtherNames = personsInOtherNames(mentions, surnames, lexicon);
  const holders = new Set(inOtherNames.map((m) => m.group));
  const unlinked = resolveSurnames(
    mentions.filter((m) => isFullName(m) || surnames.has(m.text) || holders.has(m.group)),
    [...fullNames, ...inOtherNames],
    sets,
  );
  const byKey = new Map<string, number>();
  const join = (key: string, m: WorkMention): void => {
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, m.group);
    else sets.union(seen, m.group);
  };
  for (const m of mentions) if (!surnames.has(m.text)) join(identityKey(m, lexicon), m);
  joinUntitled(mentions, byKey, sets);
  // surnames no person fits, or several equally: one entity per text and gender, apart from any person
  for (const m of unlinked) join(`surname:${m.text}:${m.facts?.gender ?? ''}`, m);
  voteTypes(mentions, lexicon, sets);
  joinNameVariants(mentions, sets);
  joinWrittenForms(mentions, sets, (t) => lexicon.countries.has(t) || lexicon.countryForms.has(t));
  joinGivenNames(mentions, lexicon, sets);
  // names were compared with one apostrophe; each mention keeps its text as written (it is the span's text)
  return mentions.map((m, i) => ({ ...m, text: candidates[i]!.text }));
}

/** "O’Neill" and "O'Neill" are one name: typographic and typewriter apostrophes compare equal. */
const sameApostrophes = (name: string): string => name.replace(/[’ʼ]/g, "'");

/**
 * A person's full name the tagger left inside a name of another type ("Homeland Security Secretary Jeh
 * Johnson" typed ORG): its last two words, a capitalised word (no title) and a surname some PERSON bears, count as
 * one more person of that surname, so a bare "Johnson" never goes to Gary Johnson by default. Only for
 * surnames; such a mention joins no full name.
 */
function personsInOtherNames(
  mentions: readonly WorkMention[],
  surnames: ReadonlySet<string>,
  lexicon: Lexicon,
): WorkMention[] {
  const out: WorkMention[] = [];
  for (const m of mentions) {
    if (m.label === 'PERSON') continue;
    const words = m.text.split(' ');
    if (words.length < 2 || !surnames.has(words[words.length - 1]!)) continue;
    const given = words[words.length - 2]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(given) || lexicon.titles.has(given)) continue;
    const name = `${given} ${words[words.length - 1]!}`;
    // the same given name: the same person ("Crooked Hillary Clinton"), no rival for the surname
    if (
      mentions.some(
        (o) =>
          o.label === 'PERSON' &&
          o.text.startsWith(`${given} `) &&
          o.text.endsWith(` ${words[words.length - 1]!}`),
      )
    )
      continue;
    out.push({ ...m, text: name, label: 'PERSON' });
  }
  return out;
}

/** "Smith" with no honorific is the one titled Smith when the article has only one ("Mr Smith"). */
function joinUntitled(mentions: readonly WorkMention[], byKey: Map<string, number>, sets: UnionFind): void {
  for (const m of mentions) {
    if (m.label !== 'PERSON' || m.facts?.gender || m.text.includes(' ')) continue;
    const titled = ['male', 'female'].map((g) => byKey.get(`person:${m.text}:${g}`));
    const only = titled.filter((group) => group !== undefined);
    if (only.length === 1) sets.union(only[0]!, m.group);
  }
}

/**
 * Coarse kinds of name: the same text under two kinds is two identities ("New York" the team, ORG, and the
 * city, GPE; "Jordan" the person and the country), as the tagger typed each occurrence from its context.
 */
export const KIND: Readonly<Record<EntityLabel, string>> = {
  PERSON: 'person',
  ORG: 'org',
  GPE: 'place',
  LOC: 'place',
  FAC: 'place',
  NORP: 'other',
  PRODUCT: 'other',
  WEAPON: 'other',
  EVENT: 'other',
  MISC: 'other',
};

/** Labels under which a country's name is the country (the tagger reads "U.S." as ORG or LOC at times). */
const COUNTRY_LABELS: ReadonlySet<EntityLabel> = new Set(['GPE', 'LOC', 'ORG']);

/**
 * A country under any of its names ("UK", "Britain", "the United Kingdom") is one identity; a one-word
 * person with an honorific is keyed with its gender ("Mr Smith" and "Mrs Smith" are two people).
 */
function identityKey(m: WorkMention, lexicon: Lexicon): string {
  const country = COUNTRY_LABELS.has(m.label)
    ? (lexicon.countries.get(m.text) ?? lexicon.countryForms.get(m.text))
    : undefined;
  if (country) return `country:${country}`;
  if (m.label === 'PERSON' && m.facts?.gender) return `person:${m.text}:${m.facts.gender}`;
  return `${KIND[m.label]}:${m.text}`;
}

/** Role, country and gender stated by a PERSON name's title or implied by its first name. */
function factsOf(c: NameCandidate, lexicon: Lexicon): { facts?: GroupFacts } {
  if (c.label !== 'PERSON') return {};
  const facts: GroupFacts = {};
  if (c.title?.role) facts.role = c.title.role;
  if (c.title?.country) facts.country = c.title.country;
  const firstName = c.text.includes(' ') ? lexicon.firstNames.get(c.text.split(' ')[0]!) : undefined;
  const gender = c.title?.gender ?? firstName;
  if (gender) facts.gender = gender;
  return Object.keys(facts).length > 0 ? { facts } : {};
}
