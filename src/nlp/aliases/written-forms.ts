import type { EntityLabel } from '../../doc/types.js';
import { KIND } from './link-names.js';
import type { WorkMention } from './types.js';
import type { UnionFind } from './union-find.js';

/** Labels an organisation's short forms may carry (the tagger reads "The Post" as ORG, at times as PERSON). */
const ORG_LIKE: ReadonlySet<EntityLabel> = new Set(['ORG', 'PERSON', 'MISC']);

/**
 * Other ways one article writes one name, none of which `joinNameVariants` sees:
 * - in capitals, in a dateline or a headline ("NEW YORK (AP) —", "MIDWAY ATOLL") beside the name as written in the
 *   text ("New York", "Midway Atoll"), of the same kind: one identity, typed as the text types it;
 * - with its country before it ("the US Federal Reserve" beside "the Federal Reserve"): one organisation;
 * - a newspaper or body by "The" and its last word after its full name ("The Post" after "The New York Post").
 * A form that fits two different identities ("The Post" after "The Washington Post" and "The New York Post")
 * stays apart. `isCountry` says whether a word or phrase is a country's name ("US", "Britain").
 */
export function joinWrittenForms(
  mentions: readonly WorkMention[],
  sets: UnionFind,
  isCountry: (text: string) => boolean,
): void {
  // each name's text read once: the pairs below are every name against every other
  const names = mentions.filter((m) => m.kind === 'name').map(writtenForm);
  for (const m of names) {
    const owners = new Map<number, WrittenForm>();
    for (const o of names) {
      if (o.text === m.text) continue;
      if (isCapitalsOf(m, o) || isCountryPrefixed(o, m, isCountry) || isShortTitle(m, o))
        owners.set(sets.find(o.group), o);
    }
    if (owners.size !== 1 || sets.find(m.group) === [...owners.keys()][0]) continue;
    const owner = [...owners.values()][0]!;
    const label = owner.label;
    sets.union(owner.group, m.group);
    const root = sets.find(m.group);
    for (const o of names) if (sets.find(o.group) === root) o.mention.label = label;
  }
}

/** A name mention with what its text says, read once (its group and label are read live: joining changes them). */
interface WrittenForm {
  mention: WorkMention;
  text: string;
  group: number;
  label: EntityLabel;
  start: number;
  /** The text upper-cased. */
  upper: string;
  /** Four letters or more, all capitals. */
  capitals: boolean;
  /** The word after "The" in "The Post". */
  shortWord: string | undefined;
}

function writtenForm(mention: WorkMention): WrittenForm {
  const { text, start } = mention;
  const upper = text.toUpperCase();
  return {
    mention,
    text,
    get group() {
      return mention.group;
    },
    get label() {
      return mention.label;
    },
    start,
    upper,
    capitals: text === upper && (text.match(/\p{L}/gu)?.length ?? 0) >= 4,
    shortWord: /^The (\p{Lu}\p{Ll}+)$/u.exec(text)?.[1],
  };
}

/**
 * "MIDWAY ATOLL" of "Midway Atoll": four letters or more, all capitals, the other written otherwise, both of
 * one kind or the capitals typed MISC. A dateline's "CLEVELAND" (a place) stays apart from "Cleveland" the team.
 */
function isCapitalsOf(capitals: WrittenForm, written: WrittenForm): boolean {
  return (
    capitals.capitals &&
    written.text !== capitals.text &&
    written.upper === capitals.text &&
    (capitals.label === 'MISC' || KIND[capitals.label] === KIND[written.label])
  );
}

/** "US Federal Reserve" and "Federal Reserve", both organisations: the first is the second with its country. */
function isCountryPrefixed(
  withCountry: WrittenForm,
  bare: WrittenForm,
  isCountry: (text: string) => boolean,
): boolean {
  if (withCountry.label !== 'ORG' || bare.label !== 'ORG' || !bare.text.includes(' ')) return false;
  if (!withCountry.text.endsWith(` ${bare.text}`)) return false;
  return isCountry(withCountry.text.slice(0, -bare.text.length - 1));
}

/** "The Post" after "The New York Post": "The" and the last word of a longer name written before it. */
function isShortTitle(short: WrittenForm, long: WrittenForm): boolean {
  const word = short.shortWord;
  if (!word || long.start > short.start || !ORG_LIKE.has(short.label) || long.label !== 'ORG') return false;
  const words = long.text.replace(/^The /, '').split(' ');
  return words.length >= 2 && words.at(-1) === word;
}
