/**
 * Case augmentation: news arrives with ALL-CAPS headlines and, from some sources, in lower case. A seeded
 * share of training documents is added again fully upper-cased and another share fully lower-cased (tags
 * unchanged), so the model also learns names from words and context rather than from capitals alone.
 */
import type { TaggedDocument } from './conll.js';

function recased(doc: TaggedDocument, change: (word: string) => string): TaggedDocument {
  return { sentences: doc.sentences.map((s) => ({ words: s.words.map(change), tags: s.tags })) };
}

/** The documents, each followed by its case copy when the draw selects it. */
export function caseAugmented(
  docs: readonly TaggedDocument[],
  share: number,
  random: () => number,
): TaggedDocument[] {
  const out: TaggedDocument[] = [];
  for (const doc of docs) {
    out.push(doc);
    const draw = random();
    if (draw < share) out.push(recased(doc, (w) => w.toUpperCase()));
    else if (draw < 2 * share) out.push(recased(doc, (w) => w.toLowerCase()));
  }
  return out;
}
