import type { EntityLabel } from '../../doc/types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { NameCandidate } from '../ner/types.js';
import type { GroupFacts, WorkMention } from './types.js';
import { UnionFind } from './union-find.js';

/**
 * One group per identity among the recognised names:
 * - the same text of the same kind is the same identity ("Putin" … "Putin"; see KIND);
 * - a country under any of its names is one identity ("United States", "US", "U.S.");
 * - a one-word name that is the last word of exactly one longer PERSON name in the article is that person
 *   ("Putin" → "Vladimir Putin"), whatever the recognizer typed it (a surname can be a town somewhere);
 *   when several people share it, the one named most recently before it.
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
    text: c.text,
    label: c.label ?? 'MISC',
    sentence: c.sentence,
    rule: c.rule,
    group: sets.add(),
    kind: 'name',
    ...(c.title ? { titled: text.slice(Math.min(c.title.start, c.start), c.end) } : {}),
    ...(c.strong ? { strong: true } : {}),
    ...factsOf(c, lexicon),
  }));

  const byKey = new Map<string, number>();
  const surnames = new Map<string, WorkMention[]>();
  for (const m of mentions) {
    const key = identityKey(m, lexicon);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, m.group);
    else sets.union(seen, m.group);
    const words = m.text.split(' ');
    if (m.label === 'PERSON' && words.length >= 2) {
      const last = words[words.length - 1]!;
      const list = surnames.get(last);
      if (list) list.push(m);
      else surnames.set(last, [m]);
    }
  }
  for (const m of mentions) {
    if (m.text.includes(' ')) continue;
    const people = surnames.get(m.text);
    if (!people) continue;
    const distinct = new Set(people.map((p) => p.text));
    const before = people.filter((p) => p.start < m.start);
    const person = distinct.size === 1 ? people[0]! : before[before.length - 1];
    if (!person) continue;
    m.label = 'PERSON';
    sets.union(person.group, m.group);
  }
  return mentions;
}

/**
 * Coarse kinds of name: the same text under two kinds is two identities ("New York" the team, ORG, and the
 * city, GPE; "Jordan" the person and the country), as the tagger typed each occurrence from its context.
 */
const KIND: Readonly<Record<EntityLabel, string>> = {
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

function identityKey(m: WorkMention, lexicon: Lexicon): string {
  const country = m.label === 'GPE' ? lexicon.countries.get(m.text) : undefined;
  return country ? `country:${country}` : `${KIND[m.label]}:${m.text}`;
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
