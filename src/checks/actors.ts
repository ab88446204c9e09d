import type { Doc, Entity, Mention } from '../doc/types.js';

/** Entity types that can "meet", in the order we prefer them as the pair of a relation. */
const PARTY_TYPES = ['PERSON', 'ORG', 'GPE'] as const;
/** How many sentences back "the two" / "they" may look for the two people it stands for. */
const LOOKBACK = 3;

/** Per doc: the entity ids mentioned in each sentence (in text order, distinct), and entities by id. */
export interface MentionIndex {
  bySentence: Mention[][];
  entities: Map<string, Entity>;
}

export function indexMentions(doc: Doc): MentionIndex {
  const bySentence: Mention[][] = doc.sentences.map(() => []);
  for (const m of doc.mentions) bySentence[m.sentence]?.push(m);
  return { bySentence, entities: new Map(doc.entities.map((e) => [e.id, e])) };
}

/**
 * The two parties a sentence's relation statement is about: the two distinct people (else organisations or
 * states) mentioned in it nearest the statement; for "the two" / "they" with fewer than two named, the two
 * people of the nearest earlier sentence (up to LOOKBACK back), else the doc's two most-mentioned people.
 */
export function pairFor(
  doc: Doc,
  index: MentionIndex,
  sentence: number,
  at: number,
): [string, string] | undefined {
  const own = partiesIn(index, sentence, at);
  if (own.length >= 2) return [own[0]!, own[1]!];
  for (let s = sentence - 1; s >= 0 && s >= sentence - LOOKBACK; s--) {
    const earlier = partiesIn(index, s, doc.sentences[s]!.end);
    if (earlier.length >= 2) return [earlier[0]!, earlier[1]!];
  }
  const top = mostMentioned(doc, index);
  return top.length >= 2 ? [top[0]!, top[1]!] : undefined;
}

function partiesIn(index: MentionIndex, sentence: number, at: number): string[] {
  const mentions = index.bySentence[sentence] ?? [];
  for (const type of PARTY_TYPES) {
    const ids: { id: string; distance: number }[] = [];
    for (const m of mentions) {
      if (index.entities.get(m.entity)?.type !== type) continue;
      const distance = Math.abs(m.start - at);
      const seen = ids.find((x) => x.id === m.entity);
      if (seen) seen.distance = Math.min(seen.distance, distance);
      else ids.push({ id: m.entity, distance });
    }
    if (ids.length >= 2) return ids.sort((a, b) => a.distance - b.distance).map((x) => x.id);
  }
  return [];
}

function mostMentioned(doc: Doc, index: MentionIndex): string[] {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) {
    if (index.entities.get(m.entity)?.type === 'PERSON')
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

export function entityName(index: MentionIndex, id: string): string {
  return index.entities.get(id)?.name ?? id;
}
