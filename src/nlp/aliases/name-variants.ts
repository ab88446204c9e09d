import type { EntityLabel } from '../../doc/types.js';
import type { WorkMention } from './types.js';
import type { UnionFind } from './union-find.js';

/** Lowercase words left out of an acronym ("Department of Homeland Security" → DHS). */
const SKIPPED = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/**
 * Short and long forms of one organisation, party or place within an article, none of them a person:
 * - an acronym and the name it abbreviates ("E.U." / "EU" and "European Union", "U.N." and "United Nations");
 * - clipped words ("Lib Dems" and "Liberal Democrats", "Lib Dem" and "Liberal Democrat");
 * - the same words with or without blanks ("TimeWarner" and "Time Warner");
 * - an organisation's head without its field, written after the full name ("the Peterson Institute" after "the
 *   Peterson Institute for International Economics"; a "European Council" before "the European Council on
 *   Foreign Relations" is another body and stays apart).
 * A short form that fits two different long forms ("ABC": two broadcasters) stays apart. The group takes
 * the long form's type, or ORG when one of the forms is ORG and the other a person (a brand written both
 * ways is no person).
 */
export function joinNameVariants(mentions: readonly WorkMention[], sets: UnionFind): void {
  const longForms = mentions.filter((m) => m.kind === 'name' && m.text.includes(' '));
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const owners = new Map<number, { long: WorkMention; label: EntityLabel }>();
    for (const long of longForms) {
      if (long.text === m.text) continue;
      const label = variantLabel(m, long);
      if (label) owners.set(sets.find(long.group), { long, label });
    }
    if (owners.size !== 1) continue;
    const { long, label } = [...owners.values()][0]!;
    sets.union(long.group, m.group);
    const root = sets.find(m.group);
    for (const o of mentions) if (o.kind === 'name' && sets.find(o.group) === root) o.label = label;
  }
}

/** The type of the joined group when `short` is a variant of `long`, else undefined. */
function variantLabel(short: WorkMention, long: WorkMention): EntityLabel | undefined {
  if (short.label === 'PERSON' || long.label === 'PERSON') {
    const org = short.label === 'ORG' || long.label === 'ORG';
    return org && isSpacing(short.text, long.text) ? 'ORG' : undefined;
  }
  const fits =
    isAcronymOf(short.text, long.text) ||
    isClipped(short.text, long.text) ||
    isSpacing(short.text, long.text) ||
    isHeadAfter(short, long);
  return fits ? long.label : undefined;
}

function isAcronymOf(short: string, long: string): boolean {
  if (!/^(?:\p{Lu}\.?){2,6}$/u.test(short)) return false;
  const letters = short.replace(/\./g, '');
  const words = long.split(' ').filter((w) => !SKIPPED.has(w));
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return words.map((w) => w[0]).join('') === letters;
}

/**
 * "Lib Dems" of "Liberal Democrats": word for word a beginning of three letters or more, plurals aside. A word
 * that only gains a people's ending is no clip: "Sri Lanka" and "Sri Lankans", "New Zealand" and "New
 * Zealanders" are a country and its people, two entities.
 */
function isClipped(short: string, long: string): boolean {
  const a = short.split(' ').map(singular);
  const b = long.split(' ').map(singular);
  if (a.length < 2 || a.length !== b.length) return false;
  return a.every((w, i) => {
    const full = b[i]!;
    if (w === full) return true;
    const clipped = w.length >= 3 && w.length < full.length && full.startsWith(w);
    return clipped && !PEOPLE_ENDING.test(full.slice(w.length));
  });
}

/** What a place's name gains to name its people: -n, -an, -ian, -er, -i, -ese, -ish ("Lanka" → "Lankan"). */
const PEOPLE_ENDING = /^(?:n|an|ian|er|i|ese|ish)$/;

const singular = (w: string): string => w.replace(/s$/, '');

function isSpacing(short: string, long: string): boolean {
  return !short.includes(' ') && short === long.replace(/ /g, '');
}

/** "Peterson Institute" after "Peterson Institute for International Economics": both ORG, the short one later. */
function isHeadAfter(short: WorkMention, long: WorkMention): boolean {
  if (short.label !== 'ORG' || long.label !== 'ORG' || short.start < long.end) return false;
  return long.text.startsWith(`${short.text} for `) || long.text.startsWith(`${short.text} on `);
}
