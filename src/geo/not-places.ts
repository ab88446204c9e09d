/**
 * Mentions that are never places whatever the gazetteer knows of their text, because of what they are in
 * the article: a title ("Sens." before two senators' names: Sens, France; "the Chancellor": Chancellor,
 * Alabama), or the name of a person the article names in full ("Obama told reporters" after "President
 * Barack Obama": Obama, Japan). The nlp stage sometimes labels such words GPE or ORG.
 */
import type { Doc, Mention } from '../doc/types.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { foldName } from './normalise.js';

let titles: Set<string> | undefined;

/** `data/nlp/titles.tsv`: titles and honorifics (the nlp stage's table), folded, without their full stop. */
function titleWords(): Set<string> {
  titles ??= new Set(
    readTsv(dataFile('nlp', 'titles.tsv')).map((r) => foldName(r['title']!.replace(/\.$/, ''))),
  );
  return titles;
}

/** "Sen." and its plural "Sens.", "Rep."/"Reps.": the abbreviation with its full stop right after the mention. */
function isTitle(mention: Mention, doc: Doc): boolean {
  const key = foldName(mention.text.replace(/\.$/, ''));
  if (titleWords().has(key)) return true;
  const dotted = mention.text.endsWith('.') || doc.text[mention.end] === '.';
  return dotted && key.endsWith('s') && titleWords().has(key.slice(0, -1));
}

let attributives: Set<string> | undefined;

/** A word of `data/geo/attributive-words.tsv` right before a lowercase word: "a Marine base". */
const LOWERCASE_WORD_NEXT = /^ \p{Ll}/u;

function describesNextWord(mention: Mention, doc: Doc): boolean {
  attributives ??= new Set(readTsv(dataFile('geo', 'attributive-words.tsv')).map((r) => r['word']!));
  return (
    attributives.has(mention.text) && LOWERCASE_WORD_NEXT.test(doc.text.slice(mention.end, mention.end + 2))
  );
}

/** What the article says of each name (folded): how often it names a person by it, and how it uses it. */
export interface NameEvidence {
  /** PERSON mentions whose last word it is ("President Barack Obama", "Obama"). */
  asPerson: Map<string, number>;
  /** Other mentions with it as their whole text. */
  asOther: Map<string, number>;
  /** Names some mention of which is used as a place ("in Mansfield", "Mansfield, Texas"). */
  usedAsPlace: Set<string>;
}

/** Words before a name that read it as a place ("in Mansfield"), or a container after it ("Mansfield, Texas"). */
const PLACE_BEFORE = /\b(?:in|at|from|near|outside|across|around|into|to)\s+$/i;
const CONTAINER_AFTER = /^,\s*\p{Lu}/u;

export function nameEvidence(doc: Doc): NameEvidence {
  const evidence: NameEvidence = { asPerson: new Map(), asOther: new Map(), usedAsPlace: new Set() };
  const bump = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
  for (const m of doc.mentions) {
    const key = foldName(m.text);
    if (m.label === 'PERSON') {
      const words = m.text.split(/\s+/);
      bump(evidence.asPerson, foldName(words[words.length - 1]!));
    } else bump(evidence.asOther, key);
    if (
      PLACE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)) ||
      CONTAINER_AFTER.test(doc.text.slice(m.end, m.end + 4))
    )
      evidence.usedAsPlace.add(key);
  }
  return evidence;
}

/**
 * Why the mention is no place, or undefined when it may be one. A place mention of a person's name is the
 * person when the article names people by it more often than it names anything else so, and never uses it
 * as a place: in a local paper, "Sheriff Bob Lancaster" once does not make the Lancaster of five place
 * mentions a person, nor does "Curtis Mansfield" make "police in Mansfield" one.
 */
export function notAPlace(mention: Mention, doc: Doc, names: NameEvidence): string | undefined {
  if (isTitle(mention, doc)) return 'a title';
  if (describesNextWord(mention, doc)) return 'a word describing the noun after it';
  const key = foldName(mention.text);
  if ((names.asPerson.get(key) ?? 0) > (names.asOther.get(key) ?? 0) && !names.usedAsPlace.has(key))
    return 'the name of a person of this article, never used as a place in it';
  return undefined;
}
