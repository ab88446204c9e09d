import type { Gender } from '../lexicon/index.js';
import type { WorkMention } from './types.js';
import type { UnionFind } from './union-find.js';

/** A PERSON name of two or more words: it names one person on its own ("Hillary Clinton"). */
export function isFullName(m: WorkMention): boolean {
  return m.label === 'PERSON' && m.text.includes(' ');
}

export function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

function firstWord(name: string): string {
  return name.slice(0, name.indexOf(' '));
}

/**
 * Full names of one person: the same text, or the same first and last word with nothing that disagrees
 * ("Hillary Rodham Clinton" = "Hillary Clinton"; "Bill Clinton" ≠ "Hillary Clinton"; "Mr John Smith" ≠
 * "Ms John Smith" never arises in text but is kept apart all the same).
 */
export function joinFullNames(fullNames: readonly WorkMention[], sets: UnionFind): void {
  const byShortForm = new Map<string, WorkMention>();
  for (const m of fullNames) {
    const key = `${firstWord(m.text)} ${lastWord(m.text)}`;
    const seen = byShortForm.get(key);
    if (!seen) byShortForm.set(key, m);
    else if (compatible(m.facts?.gender, seen.facts?.gender)) sets.union(seen.group, m.group);
  }
  joinCompoundSurnames(fullNames, sets);
}

/**
 * A name of two or more words that ends exactly one longer name is its compound surname ("Peña Nieto" of
 * "Enrique Peña Nieto", "De Blasio" of "Bill de Blasio"; the particle's case may differ at a sentence start).
 * Two people sharing the tail keep it apart.
 */
function joinCompoundSurnames(fullNames: readonly WorkMention[], sets: UnionFind): void {
  for (const m of fullNames) {
    const tail = ` ${m.text.toLowerCase()}`;
    const longer = fullNames.filter(
      (o) => o.text.length > m.text.length && o.text.toLowerCase().endsWith(tail),
    );
    const people = new Set(longer.map((o) => sets.find(o.group)));
    if (people.size === 1) sets.union([...people][0]!, m.group);
  }
}

/**
 * A one-word mention that is the surname of people named in full ("Clinton", "Mr Blair", "Ms Garner") goes
 * to the person it can be: of the full names ending in it, those whose gender (first name, honorific)
 * agrees with the mention's honorific. One such person: that one, wherever named. Several: the one named
 * (in full or by an earlier linked surname) most recently before it, unless two were last named in the same
 * sentence or none before it; then it stays unlinked (such mentions of one text form their own entity).
 * Returns the mentions left unlinked.
 */
export function resolveSurnames(
  mentions: readonly WorkMention[],
  fullNames: readonly WorkMention[],
  sets: UnionFind,
): WorkMention[] {
  const bySurname = new Map<string, WorkMention[]>();
  for (const m of fullNames) {
    const list = bySurname.get(lastWord(m.text));
    if (list) list.push(m);
    else bySurname.set(lastWord(m.text), [m]);
  }
  // people by their root before any surname joins them (a later union may move the root)
  const person = new Map(fullNames.map((m) => [m.group, sets.find(m.group)]));
  const genderOf = new Map<number, Gender | 'both'>();
  for (const m of fullNames) {
    const g = m.facts?.gender;
    if (!g) continue;
    const root = person.get(m.group)!;
    const seen = genderOf.get(root);
    genderOf.set(root, seen === undefined || seen === g ? g : 'both');
  }
  const lastSeen = new Map<number, number>(); // person → sentence of its latest mention so far
  const unlinked: WorkMention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (isFullName(m) || (m.text.includes(' ') && person.has(m.group))) {
      lastSeen.set(person.get(m.group)!, m.sentence);
      continue;
    }
    const people = bySurname.get(m.text);
    if (!people || m.text.includes(' ')) continue;
    const roots = [...new Set(people.map((p) => person.get(p.group)!))].filter((root) => {
      const g = genderOf.get(root);
      return g !== 'both' && compatible(g, m.facts?.gender);
    });
    const root = roots.length === 1 ? roots[0] : mostRecent(roots, lastSeen);
    if (root === undefined) {
      unlinked.push(m);
      continue;
    }
    m.label = 'PERSON';
    sets.union(root, m.group);
    lastSeen.set(root, m.sentence);
  }
  return unlinked;
}

function mostRecent(roots: readonly number[], lastSeen: ReadonlyMap<number, number>): number | undefined {
  const seen = roots.filter((r) => lastSeen.has(r)).sort((a, b) => lastSeen.get(b)! - lastSeen.get(a)!);
  if (seen.length === 0) return undefined;
  if (seen.length > 1 && lastSeen.get(seen[0]!) === lastSeen.get(seen[1]!)) return undefined;
  return seen[0];
}

function compatible(a: Gender | undefined, b: Gender | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}
