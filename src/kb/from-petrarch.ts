/** PETRARCH actor entries → KB entries (used by the conversion script and for users' own dictionaries). */
import type { ActorEntry } from '../events/dictionaries/actors.js';
import type { KbEntry, KbType } from './rows.js';

/**
 * In a country file, an entry whose latest code is a bare three-letter one is a country (earlier codes
 * may differ: Ukraine was USRUKR before 1991); other dated codes are a person's career; the rest are
 * organisations.
 */
export function kbTypeOf(entry: ActorEntry, file: string): KbType {
  if (/countr/i.test(file) && entry.codes[entry.codes.length - 1]?.code.length === 3) return 'GPE';
  if (entry.codes.some((c) => c.from || c.to)) return 'PERSON';
  return 'ORG';
}

/** Particles stay lower case inside a name ("Secretary of State", "the United Nations"). */
const PARTICLES = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'de',
  'du',
  'da',
  'del',
  'van',
  'von',
  'bin',
]);

export const titleCase = (words: readonly string[]): string =>
  words.map((w) => (PARTICLES.has(w) ? w : w[0]!.toUpperCase() + w.slice(1))).join(' ');

/** Entries without any code are left out: PETRARCH codes nothing for them either. Ids stay unique. */
export function kbEntriesFrom(actors: readonly { entry: ActorEntry; file: string }[]): KbEntry[] {
  const seen = new Map<string, number>();
  const out: KbEntry[] = [];
  for (const { entry, file } of actors) {
    if (entry.codes.length === 0) continue;
    const n = (seen.get(entry.id) ?? 0) + 1;
    seen.set(entry.id, n);
    out.push({
      id: n === 1 ? entry.id : `${entry.id}#${n}`,
      type: kbTypeOf(entry, file),
      name: titleCase(entry.names[0]!),
      names: [...new Set(entry.names.map((w) => w.join(' ')))],
      codes: entry.codes,
    });
  }
  return out;
}
