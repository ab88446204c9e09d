import type { EntityLabel } from '../../doc/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { isFullName, lastWord } from './surnames.js';
import type { WorkMention } from './types.js';
import type { UnionFind } from './union-find.js';

/** Labels a name's occurrences may carry and still be one identity when the tagger wavers between them. */
const PERSON_OR_OTHER: ReadonlySet<EntityLabel> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'MISC']);

/**
 * One identity, one type: the tagger types each occurrence of a name from its sentence alone, so "Trump"
 * comes out PERSON in one sentence and MISC or ORG in the next, "TimeWarner" ORG and PERSON. Occurrences
 * of the same text join when:
 * - one is MISC (the tagger's "some name") and the others agree on a kind: it joins them;
 * - some are PERSON and the others ORG or a place: PERSON when one of them has a title or a known first
 *   name ("President Obama" beside an "Obama" a gazetteer typed GPE), else the majority (PERSON on a tie).
 * Surnames of people named in full are left to `resolveSurnames`, which shares them out among namesakes, and
 * two people already kept apart under one text ("Mr Smith", "Mrs Smith") stay apart. Countries are left to
 * the country key; ORG against place is left apart ("New York" the team and the
 * city); NORP never joins ("Republican" the adjective).
 */
export function voteTypes(mentions: readonly WorkMention[], lexicon: Lexicon, sets: UnionFind): void {
  const surnames = new Set(mentions.filter(isFullName).map((m) => lastWord(m.text)));
  const byText = new Map<string, WorkMention[]>();
  for (const m of mentions) {
    if (!PERSON_OR_OTHER.has(m.label) || surnames.has(m.text)) continue;
    if (lexicon.countries.has(m.text) || lexicon.countryForms.has(m.text)) continue;
    const list = byText.get(m.text) ?? [];
    list.push(m);
    byText.set(m.text, list);
  }
  for (const list of byText.values()) {
    const kinds = new Set(list.map((m) => m.label).filter((l) => l !== 'MISC'));
    if (list.length < 2 || kinds.size === 0) continue;
    if (kinds.size > 1 && !kinds.has('PERSON')) continue; // ORG against a place: two identities
    // "Mr Smith" and "Mrs Smith" were kept apart on purpose: no vote joins two people
    const people = new Set(list.filter((m) => m.label === 'PERSON').map((m) => sets.find(m.group)));
    if (people.size > 1) continue;
    const label = kinds.size === 1 ? [...kinds][0]! : majority(list);
    for (const m of list) {
      m.label = label;
      sets.union(list[0]!.group, m.group);
    }
  }
}

function majority(list: readonly WorkMention[]): EntityLabel {
  // "President Obama": a title or a known first name settles it, whatever a gazetteer typed the other ones
  if (list.some((m) => m.label === 'PERSON' && m.facts)) return 'PERSON';
  let person = 0;
  const others = new Map<EntityLabel, number>();
  for (const m of list) {
    if (m.label === 'PERSON') person++;
    else if (m.label !== 'MISC') others.set(m.label, (others.get(m.label) ?? 0) + 1);
  }
  const [label, count] = [...others].sort((a, b) => b[1] - a[1])[0]!;
  return count > person ? label : 'PERSON';
}

/**
 * A given name alone ("Donald", "Hillary", as people in quotes call them) is the one person of the article
 * named in full with it; with two such people ("Bill Clinton", "Bill Gates"), or when it is also someone's
 * surname, it stays apart. The tagger may type such a given name ORG, LOC or MISC ("his wife, Melania,"): it is
 * then the person too, when the article names exactly one person in full with it.
 */
export function joinGivenNames(mentions: readonly WorkMention[], lexicon: Lexicon, sets: UnionFind): void {
  // "Tory co-chairman Liam Fox" is no full name of a "Tory"
  const full = mentions.filter((m) => isFullName(m) && m.text.split(' ').every((w) => /^\p{Lu}/u.test(w)));
  const surnames = new Set(full.map((m) => lastWord(m.text)));
  for (const m of mentions) {
    if (m.text.includes(' ') || surnames.has(m.text) || !lexicon.firstNames.has(m.text)) continue;
    if (m.label !== 'PERSON' && !isMisreadGivenName(m, lexicon)) continue;
    const owners = new Set(
      full.filter((f) => f.text.startsWith(`${m.text} `)).map((f) => sets.find(f.group)),
    );
    if (owners.size !== 1) continue;
    sets.union([...owners][0]!, m.group);
    m.label = 'PERSON';
  }
}

/** Types the tagger gives a lone given name out of context ("his wife, Melania," read as LOC); never GPE. */
const GIVEN_NAME_MISREADS: ReadonlySet<EntityLabel> = new Set(['ORG', 'LOC', 'MISC']);

/** A one-word organisation, place or other name that no table lists as such may be a person's given name. */
function isMisreadGivenName(m: WorkMention, lexicon: Lexicon): boolean {
  return (
    m.kind === 'name' &&
    GIVEN_NAME_MISREADS.has(m.label) &&
    !lexicon.knownNames.has(m.text) &&
    !lexicon.countries.has(m.text) &&
    !lexicon.countryForms.has(m.text)
  );
}
