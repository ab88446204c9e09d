/**
 * The entity network: entities are nodes (merged across articles by name and type); an edge joins two
 * entities named in the same sentence, a speaker and the entities named inside their quote, and an event's
 * source and target. Sentence co-occurrence is counted per sentence from a per-sentence entity set, so a
 * long article costs O(mentions + pairs within a sentence), not O(mentions²).
 */
import type { Doc } from '../../../src/doc/types.js';

export type LinkKind = 'sentence' | 'quote' | 'event' | 'article';

export interface NetNode {
  id: string;
  name: string;
  type: string;
  mentions: number;
}

export interface NetLink {
  source: string;
  target: string;
  weight: number;
  kinds: LinkKind[];
}

export interface Network {
  nodes: NetNode[];
  links: NetLink[];
}

function addLink(links: Map<string, NetLink>, a: string, b: string, kind: LinkKind): void {
  if (a === b) return;
  const [source, target] = a < b ? [a, b] : [b, a];
  const key = `${source}\u0000${target}`;
  const link = links.get(key) ?? { source, target, weight: 0, kinds: [] };
  link.weight++;
  if (!link.kinds.includes(kind)) link.kinds.push(kind);
  links.set(key, link);
}

export function buildNetwork(docs: readonly Doc[], maxNodes = 40): Network {
  const nodes = new Map<string, NetNode>();
  const links = new Map<string, NetLink>();
  for (const doc of docs) {
    const nodeOf = new Map<string, string>();
    for (const entity of doc.entities) {
      const id = `${entity.type}:${entity.name}`;
      nodeOf.set(entity.id, id);
      if (!nodes.has(id)) nodes.set(id, { id, name: entity.name, type: entity.type, mentions: 0 });
    }
    const bySentence = new Map<number, Set<string>>();
    for (const mention of doc.mentions) {
      const id = nodeOf.get(mention.entity);
      if (!id) continue;
      nodes.get(id)!.mentions++;
      const set = bySentence.get(mention.sentence) ?? new Set<string>();
      set.add(id);
      bySentence.set(mention.sentence, set);
    }
    for (const set of bySentence.values()) {
      const ids = [...set];
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) addLink(links, ids[i]!, ids[j]!, 'sentence');
    }
    const sortedMentions = [...doc.mentions].sort((a, b) => a.start - b.start);
    for (const quote of doc.quotes) {
      const speaker = quote.speaker ? nodeOf.get(quote.speaker) : undefined;
      if (!speaker) continue;
      for (const mention of mentionsWithin(sortedMentions, quote.start, quote.end)) {
        const id = nodeOf.get(mention.entity);
        if (id) addLink(links, speaker, id, 'quote');
      }
    }
    for (const event of doc.events) {
      const source = event.source ? nodeOf.get(event.source) : undefined;
      const target = event.target ? nodeOf.get(event.target) : undefined;
      if (source && target) addLink(links, source, target, 'event');
    }
  }
  const kept = [...nodes.values()]
    .filter((n) => n.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))
    .slice(0, maxNodes);
  const keptIds = new Set(kept.map((n) => n.id));
  return {
    nodes: kept,
    links: [...links.values()].filter((l) => keptIds.has(l.source) && keptIds.has(l.target)),
  };
}

/** Mentions inside [start, end) of a list sorted by start (binary search for the first). */
function mentionsWithin<T extends { start: number; end: number }>(
  sorted: readonly T[],
  start: number,
  end: number,
): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++)
    if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}
