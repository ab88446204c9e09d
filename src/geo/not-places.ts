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

/**
 * How often the article names each of its people by a word (folded): the PERSON mentions whose last word it
 * is ("President Barack Obama", "Obama"). A place mention of that word is the person when the people's count
 * beats the place mentions of the word: in a local paper, "Sheriff Bob Lancaster" once does not make the
 * Lancaster of five place mentions a person.
 */
export function personNames(doc: Doc): Map<string, number> {
  const names = new Map<string, number>();
  for (const m of doc.mentions) {
    if (m.label !== 'PERSON') continue;
    const words = m.text.split(/\s+/);
    const key = foldName(words[words.length - 1]!);
    names.set(key, (names.get(key) ?? 0) + 1);
  }
  return names;
}

/** Words before a name that read it as a place ("in Mansfield"), or a container after it ("Mansfield, Texas"). */
const PLACE_BEFORE = /\b(?:in|at|from|near|outside|across|around|into|to)\s+$/i;
const CONTAINER_AFTER = /^,\s*\p{Lu}/u;

/** True when some mention with this text is used as a place: the surname of one of its people may still be a town. */
function usedAsPlace(text: string, doc: Doc): boolean {
  return doc.mentions.some(
    (m) =>
      m.text === text &&
      (PLACE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)) ||
        CONTAINER_AFTER.test(doc.text.slice(m.end, m.end + 4))),
  );
}

function placeMentions(doc: Doc, key: string): number {
  return doc.mentions.filter((m) => m.label !== 'PERSON' && foldName(m.text) === key).length;
}

/** Why the mention is no place, or undefined when it may be one. */
export function notAPlace(
  mention: Mention,
  doc: Doc,
  people: ReadonlyMap<string, number>,
): string | undefined {
  if (isTitle(mention, doc)) return 'a title';
  const key = foldName(mention.text);
  const asPerson = people.get(key) ?? 0;
  if (asPerson > placeMentions(doc, key) && !usedAsPlace(mention.text, doc))
    return 'the name of a person of this article, never used as a place in it';
  return undefined;
}
